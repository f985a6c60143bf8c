// Reads every citation file the build writes with tools that share no code with the writers:
// pandoc 2.17 (BibTeX → CSL-JSON) and bibutils (bib2xml and ris2xml → MODS XML), and reads the
// cited pages' meta tags and COinS by the rules of Zotero's translators (Embedded Metadata.js,
// COinS.js, RIS.js; github.com/zotero/translators). What each record should say is taken from
// the content files and the site's settings, not from src/lib/citation-*.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { site } from '../../src/site.config.ts';
import { readContentFiles } from '../support/content-files.ts';
import { builtPages, DIST } from '../support/dist.ts';

/** What a citation should say, from the content files. */
interface Expected {
  /** The file's path under dist/citat/, without extension. */
  file: string;
  /** The page that cites it. */
  page: string;
  title: string;
  /** The one organisation that is the author. */
  author: string;
  publisher: string;
  number: string | undefined;
  /** ISO date, when the work has one. */
  date: string | undefined;
  /** The page's address, for findings; a source document has none of its own. */
  url: string | undefined;
  series: string | undefined;
  genre: string | undefined;
}

const content = readContentFiles();
const text = (value: unknown) => (value === undefined ? undefined : String(value));

const expected: Expected[] = [
  ...content
    .filter((file) => file.collection === 'findings')
    .map((file): Expected => {
      const changes = (file.data['changelog'] as { date: unknown }[]).map((c) => String(c.date));
      return {
        file: `resultater/${file.id}`,
        page: `/resultater/${file.id}/`,
        title: String(file.data['title']),
        author: site.publisher,
        publisher: site.publisher,
        number: String(file.data['id']),
        // The date of the version the page shows: its newest change.
        date: changes.sort().at(-1) ?? String(file.data['updated']),
        url: new URL(`/resultater/${file.id}/`, site.origin).href,
        series: site.name,
        genre: undefined,
      };
    }),
  ...content
    .filter((file) => file.collection === 'sources')
    .map((file): Expected => ({
      file: `kilder/${file.id}`,
      page: `/kilder/${file.id}/`,
      title: String(file.data['documentTitle']),
      author: String(file.data['institution']),
      publisher: String(file.data['parentInstitution'] ?? file.data['institution']),
      number: text(file.data['documentNumber'] ?? file.data['caseNumber']),
      date: text(file.data['date']),
      url: undefined,
      series: undefined,
      genre: String(file.data['documentType']),
    })),
];

const citationFiles = readdirSync(join(DIST, 'citat'), { recursive: true }).map(String);

// A version of a finding that has a page of its own also has citation files, under
// resultater/<slug>/version/<1-0>: the same report, with the version's title, date and address.
// An archived version's title and date stand in content/versions/; the newest is the finding's.
const VERSIONS = join(import.meta.dirname, '..', '..', 'content', 'versions', 'findings');
const versions = citationFiles.flatMap((file): Expected[] => {
  const [, slug = '', version = ''] =
    /^resultater\/([^/]+)\/version\/([^/]+)\.bib$/.exec(file) ?? [];
  const finding = expected.find((e) => e.file === `resultater/${slug}`);
  if (!finding) return [];
  const archived = join(VERSIONS, slug, `${version}.md`);
  const front = existsSync(archived)
    ? (parse(readFileSync(archived, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>)
    : undefined;
  const page = `/resultater/${slug}/version/${version}/`;
  return [
    {
      ...finding,
      file: `resultater/${slug}/version/${version}`,
      page,
      title: front ? String(front['title']) : finding.title,
      date: front ? String(front['date']) : finding.date,
      url: new URL(page, site.origin).href,
    },
  ];
});
const read = (file: string) => readFileSync(join(DIST, 'citat', file), 'utf8');
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const dateParts = (iso: string) => iso.split('-').map(Number);
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// bibutils cannot tell an organisation from a person in RIS, which has no way to mark one, and
// splits every AU into given and family names unless it is told the name is kept as it stands
// (--asis; its --corporation-file crashes in bibutils 7.2). The list holds the organisations the
// content names, so an AU that differs from them in any way, such as »Københavns Kommune,
// Mål- og Rammekontoret for Voksne«, is still split and fails.
const asisDir = mkdtempSync(join(tmpdir(), 'citat-'));
const asis = join(asisDir, 'organisationer.txt');
writeFileSync(asis, `${[...new Set(expected.map((e) => e.author))].join('\n')}\n`);
afterAll(() => rmSync(asisDir, { recursive: true, force: true }));

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) =>
    ['mods', 'name', 'namePart', 'genre', 'identifier', 'url', 'titleInfo', 'relatedItem'].includes(
      name,
    ),
});

type Node = Record<string, unknown>;
/** The text of an element that may carry attributes. */
const nodeText = (node: unknown): string =>
  typeof node === 'object' && node !== null ? String((node as Node)['#text'] ?? '') : String(node);

/** The one record of a MODS file, as bibutils writes it. */
function mods(output: string): Node {
  const parsed = xml.parse(output.replace(/^\uFEFF/, '')) as { modsCollection: { mods: Node[] } };
  expect(parsed.modsCollection.mods).toHaveLength(1);
  return parsed.modsCollection.mods[0]!;
}

/** What every MODS record of a citation file must say. */
function expectMods(record: Node, want: Expected) {
  const titles = record['titleInfo'] as Node[];
  expect(titles.map((t) => nodeText(t['title']))).toEqual([want.title]);
  // One name, kept whole: no given and family parts.
  const names = record['name'] as Node[];
  expect(names).toHaveLength(1);
  const [name] = names as [Node];
  expect(name['type'] === undefined || name['type'] === 'corporate').toBe(true);
  expect((name['namePart'] as unknown[]).map(nodeText)).toEqual([want.author]);
  expect((name['namePart'] as unknown[]).some((part) => typeof part === 'object')).toBe(false);
  expect((record['genre'] as unknown[]).map(nodeText)).toContain('technical report');
  const origin = record['originInfo'] as Node;
  expect(nodeText(origin['publisher'])).toBe(want.publisher);
  expect(origin['dateIssued'] === undefined ? undefined : nodeText(origin['dateIssued'])).toBe(
    want.date,
  );
  const urls = ((record['location'] as Node | undefined)?.['url'] as unknown[] | undefined) ?? [];
  expect(urls.map(nodeText)).toEqual(want.url ? [want.url] : []);
  const hosts = (record['relatedItem'] as Node[] | undefined) ?? [];
  const hostTitles = hosts.flatMap((host) =>
    (host['titleInfo'] as Node[]).map((t) => nodeText(t['title'])),
  );
  if (want.series) expect(hostTitles).toContain(want.series);
  else expect(hosts).toEqual([]);
}

describe('the citation files', () => {
  it('are written for every finding and source, and its versions, and nothing else', () => {
    expect(citationFiles.filter((file) => file.endsWith('.bib')).sort()).toEqual(
      [...expected, ...versions].map((e) => `${e.file}.bib`).sort(),
    );
  });

  describe.each([...expected, ...versions].map((e) => [e.file, e] as const))(
    '%s',
    (_file, want) => {
      it('.bib: pandoc reads a report by one organisation, with number, full date, series and URL', () => {
        const [record] = JSON.parse(
          run('pandoc', ['-f', 'bibtex', '-t', 'csljson', join(DIST, 'citat', `${want.file}.bib`)]),
        ) as Record<string, unknown>[];
        expect(record).toMatchObject({
          type: 'report',
          title: want.title,
          publisher: want.publisher,
        });
        expect(record?.['title']).not.toMatch(/^F\d+/);
        expect(record?.['author']).toEqual([{ literal: want.author }]);
        expect(record?.['number']).toBe(want.number);
        expect(record?.['genre']).toBe(want.genre);
        expect(record?.['collection-title']).toBe(want.series);
        expect(record?.['URL']).toBe(want.url);
        expect(record?.['language']).toBe('da-DK');
        const issued = (record?.['issued'] as { 'date-parts': number[][] } | undefined)?.[
          'date-parts'
        ][0];
        expect(issued).toEqual(want.date ? dateParts(want.date) : undefined);
        // The access date is the cited version's own date, so the files do not change between builds.
        const accessed = (record?.['accessed'] as { 'date-parts': number[][] } | undefined)?.[
          'date-parts'
        ][0];
        expect(accessed).toEqual(want.url && want.date ? dateParts(want.date) : undefined);
      });

      it('.bib: bib2xml reads the same report', () => {
        expectMods(mods(run('bib2xml', ['-nt', join(DIST, 'citat', `${want.file}.bib`)])), want);
      });

      it('.bib: is plain BibTeX in UTF-8: a bare month, no accent macros, notes or repeated URL', () => {
        const bib = read(`${want.file}.bib`);
        expect(bib).toMatch(/^@techreport\{[^,\s]+,$/m);
        expect(bib).toContain(`  author = {{${want.author}}},`);
        expect(bib).toContain(`  institution = {${want.publisher}},`);
        if (want.date)
          expect(bib).toMatch(/^ {2}month = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),$/m);
        if (want.url) {
          expect(bib).toContain(`  urldate = {${want.date}},`);
          expect(occurrences(bib, want.url)).toBe(1);
        }
        expect(bib).not.toMatch(/\\['"`^~=.uvHcdbtkr]\s*\{?\s*[A-Za-z]|\{\\[oOaA][aeE]?\}/);
        expect(bib).not.toMatch(/^\s*(howpublished|note)\s*=/m);
      });

      it('.ris: ris2xml reads a report by one organisation, with its number, date and URL', () => {
        const ris = read(`${want.file}.ris`);
        expect(ris).toMatch(/^TY {2}- RPRT$/m);
        // Zotero's RIS.js reads an AU with a comma as »Last, First« and one without as one name.
        expect(ris.match(/^AU {2}- .*$/gm)).toEqual([`AU  - ${want.author}`]);
        expect(want.author).not.toContain(',');
        expect(ris).toMatch(new RegExp(`^PB {2}- ${escape(want.publisher)}$`, 'm'));
        if (want.series) expect(ris).toMatch(new RegExp(`^T2 {2}- ${escape(want.series)}$`, 'm'));
        if (want.number) expect(ris).toMatch(new RegExp(`^SN {2}- ${escape(want.number)}$`, 'm'));
        if (want.url) expect(occurrences(ris, want.url)).toBe(1);
        const record = mods(
          run('ris2xml', ['-un', '-nt', '-as', asis, join(DIST, 'citat', `${want.file}.ris`)]),
        );
        expectMods(record, want);
        const identifiers = (record['identifier'] as Node[]).filter(
          (i) => i['type'] === 'serial number',
        );
        expect(identifiers.map(nodeText)).toEqual(want.number ? [want.number] : []);
      });

      it('.json: is CSL-JSON for a report under the same number', () => {
        const [record] = JSON.parse(read(`${want.file}.json`)) as Record<string, unknown>[];
        expect(record).toMatchObject({
          type: 'report',
          title: want.title,
          author: [{ literal: want.author }],
          publisher: want.publisher,
        });
        expect(record?.['number']).toBe(want.number);
      });
    },
  );
});

const pages = builtPages();

describe('saving a cited page with Zotero', () => {
  const head = (url: string) => {
    const page = pages.find((p) => p.url === url)!;
    const tags = page.root.querySelectorAll('head meta').map((meta) => ({
      name: meta.getAttribute('name') ?? meta.getAttribute('property') ?? '',
      content: meta.getAttribute('content') ?? '',
    }));
    const values = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
    return { page, tags, values };
  };

  it('finds no DC.type, and no author tag that it would split into first and last name, on any page', () => {
    for (const page of pages) {
      const names = page.root
        .querySelectorAll('head meta')
        .map((meta) => meta.getAttribute('name') ?? meta.getAttribute('property') ?? '');
      expect(
        names.filter(
          (name) =>
            /citation_authors?$/i.test(name) ||
            /^(dc|dcterms)[.:_](creator|contributor|type)$/i.test(name) ||
            /^(author|article:author)$/i.test(name),
        ),
        page.url,
      ).toEqual([]);
    }
  });

  describe.each(expected.map((e) => [e.page, e] as const))('%s', (url, want) => {
    it('Embedded Metadata: a report with the work’s own title, date, number and institution', () => {
      const { page, tags, values } = head(url);
      // Every tag that sets an item type; the last one wins, and only the report tag is there.
      const typeTags = tags.filter((t) =>
        /citation_(journal_title|technical_report_institution|conference_title|conference|book_title|dissertation_institution)$/.test(
          t.name,
        ),
      );
      expect(typeTags.map((t) => t.name)).toEqual(['citation_technical_report_institution']);
      expect(values('citation_title')).toEqual([want.title]);
      expect(want.title).not.toMatch(/^F\d+:|[»«]/);
      // DC.title and og:title lose to citation_title, but say the same.
      expect(values('DC.title')).toEqual([want.title]);
      expect(values('og:title')).toEqual([want.title]);
      // Zotero keeps the last of these three; there is one, or none for a work without a date.
      const dates = tags.filter((t) =>
        /^citation_(publication_date|cover_date|date)$/.test(t.name),
      );
      expect(dates.map((t) => t.content)).toEqual(
        want.date ? [want.date.replaceAll('-', '/')] : [],
      );
      // Without a citation date, Zotero falls back on Dublin Core's date: none, or the work's own.
      expect(values('DC.date')).toEqual(want.date ? [want.date] : []);
      expect(values('citation_technical_report_number')).toEqual(want.number ? [want.number] : []);
      expect(values('citation_technical_report_institution')).toEqual([want.publisher]);
      expect(values('citation_publisher')).toEqual([want.publisher]);
      expect(values('citation_series_title')).toEqual(want.series ? [want.series] : []);
      expect(values('citation_public_url')).toEqual(want.url ? [want.url] : []);
      expect(values('citation_language')).toEqual(['da']);
      // The site's licence is the rights of its own findings, not of another institution's document.
      expect(values('DC.rights')).toEqual(want.url ? [site.licence.url] : []);
      // Without any author tag, Zotero looks for a byline on the page; there is none.
      expect(
        page.root
          .querySelectorAll('[class]')
          .filter((el) => /byline|vcard/i.test(el.getAttribute('class') ?? '')),
      ).toEqual([]);
      expect(page.root.querySelectorAll('a[rel="author"]')).toEqual([]);
    });

    it('COinS: a report with the organisation as one institutional author', () => {
      const spans = head(url).page.root.querySelectorAll('span.Z3988[title]');
      expect(spans).toHaveLength(1);
      expect(spans[0]!.text).toBe('');
      const context = spans[0]!.getAttribute('title') ?? '';
      // Zotero's parseContextObject: split on & and =, + and %2B are spaces.
      const parts = context.split('&');
      const keys = parts.map((part) => {
        const [key = '', value = ''] = part.split('=');
        return [key, decodeURIComponent(value.replace(/\+|%2[bB]/g, ' '))] as const;
      });
      const one = (key: string) => keys.filter(([k]) => k === key).map(([, v]) => v);
      expect(one('rft_val_fmt')).toEqual(['info:ofi/fmt:kev:mtx:book']);
      expect(parts).toContain('rft.genre=report');
      expect(one('rft.btitle')).toEqual([want.title]);
      expect(one('rft.aucorp')).toEqual([want.author]);
      expect(keys.filter(([k]) => /^rft\.(au|aulast|aufirst|creator)$/.test(k))).toEqual([]);
      expect(one('rft.date')).toEqual(want.date ? [want.date] : []);
      expect(one('rft.pub')).toEqual([want.publisher]);
      expect(one('rft.series')).toEqual(want.series ? [want.series] : []);
      expect(one('rft_id')).toEqual(want.url ? [want.url] : []);
      expect(context).not.toContain('\u00AD');
    });
  });
});
