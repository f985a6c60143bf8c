import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { AUDIENCES, forAudience, type Audience } from './audiences.ts';
import { sortDanish } from './danish-order.ts';
import { readFileSync } from 'node:fs';
import { contentProblems, formatProblem } from './content-check.ts';
import { invalidDates } from './date-lines.ts';
import { isVisible } from './drafts.ts';
import { entryUrl, pageUrl, type PagedCollection } from './urls.ts';
import { shortFindingPath, urlCollisions, type Redirect, type UrlClaim } from './redirects.ts';
import { apaCitations, type CslItem } from './citation.ts';
import { findingRecord, sourceRecord } from './citation-records.ts';
import { site } from '../site.config.ts';
import { overviews } from '../i18n/da.ts';
import { newestDate } from './dates.ts';

/**
 * The one caller of getCollection. It drops drafts from production builds, sorts,
 * resolves references and checks the content once, so pages only ever see clean, typed lists.
 */

type Entry<C extends CollectionKey> = CollectionEntry<C>;

async function published<C extends CollectionKey>(collection: C): Promise<Entry<C>[]> {
  const entries = (await getCollection(collection)) as Entry<C>[];
  return entries.filter((entry) => isVisible(entry as { data: { draft?: boolean } }, import.meta.env.DEV));
}

const ALL_COLLECTIONS = ['model', 'phases', 'findings', 'guides', 'methods', 'sources', 'glossary', 'pages', 'theoryOfChange', 'sequences'] as const;

/** Fails the build with every broken reference and repeated finding id, each with its file and field. */
async function checkContent(): Promise<void> {
  const loaded = await Promise.all(
    ALL_COLLECTIONS.map(async (name) => {
      const entries = await published(name);
      return [name as string, entries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data }))] as const;
    }),
  );
  const problems = contentProblems(new Map(loaded)).map(formatProblem);
  for (const [, entries] of loaded) {
    for (const { file } of entries) {
      for (const { line, field, value } of invalidDates(readFileSync(file, 'utf8'))) {
        problems.push(`${file}:${line}: feltet "${field}" har datoen "${value}", som ikke findes; skriv ÅÅÅÅ-MM-DD`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Fejl i indholdet:\n${problems.join('\n')}`);
}

let checked: Promise<void> | undefined;

/** Runs the content check once per build, however many pages ask. */
function ensureChecked(): Promise<void> {
  checked ??= checkContent();
  return checked;
}

/** The intervention model; there is exactly one. */
export async function getModel(): Promise<Entry<'model'>> {
  await ensureChecked();
  const [model, ...rest] = await published('model');
  if (!model || rest.length > 0) throw new Error('content/model/ skal indeholde præcis én model');
  return model;
}

/** The phases in their order. */
export async function getPhases(): Promise<Entry<'phases'>[]> {
  await ensureChecked();
  return (await published('phases')).sort((a, b) => a.data.order - b.data.order);
}

/** The findings by permanent id, F01 first. */
export async function getFindings(): Promise<Entry<'findings'>[]> {
  await ensureChecked();
  return sortDanish(await published('findings'), (finding) => finding.data.id);
}

/** The newest findings first, for the home page. */
export async function getLatestFindings(count: number): Promise<Entry<'findings'>[]> {
  const findings = await getFindings();
  return [...findings].sort((a, b) => b.data.published.localeCompare(a.data.published)).slice(0, count);
}

/** The guides, A–Å. */
export async function getGuides(): Promise<Entry<'guides'>[]> {
  await ensureChecked();
  return sortDanish(await published('guides'), (guide) => guide.data.title);
}

/** The methods, A–Å. */
export async function getMethods(): Promise<Entry<'methods'>[]> {
  await ensureChecked();
  return sortDanish(await published('methods'), (method) => method.data.title);
}

/** The source documents, A–Å. */
export async function getSources(): Promise<Entry<'sources'>[]> {
  await ensureChecked();
  return sortDanish(await published('sources'), (source) => source.data.title);
}

/** The glossary terms, A–Å. */
export async function getGlossary(): Promise<Entry<'glossary'>[]> {
  await ensureChecked();
  return sortDanish(await published('glossary'), (term) => term.data.term);
}

/** Free-standing pages such as /om/ and /privatliv/. */
export async function getPages(): Promise<Entry<'pages'>[]> {
  await ensureChecked();
  return published('pages');
}

/** Resolves references to entries; the content check has already proved they exist. */
export async function resolve<C extends CollectionKey>(refs: readonly { collection: C; id: string }[]): Promise<Entry<C>[]> {
  const entries = await Promise.all(refs.map((ref) => getEntry(ref.collection, ref.id)));
  return entries.filter((entry): entry is NonNullable<typeof entry> => entry !== undefined) as Entry<C>[];
}

/** What one reader's overview page lists. */
export interface AudienceSelection {
  audience: Audience;
  guides: Entry<'guides'>[];
  methods: Entry<'methods'>[];
  findings: Entry<'findings'>[];
}

/** The guides, methods and findings written for each of the three readers. */
export async function getAudienceSelections(): Promise<AudienceSelection[]> {
  const [guides, methods, findings] = await Promise.all([getGuides(), getMethods(), getFindings()]);
  return AUDIENCES.map((audience) => ({
    audience,
    guides: forAudience(guides, audience),
    methods: forAudience(methods, audience),
    findings: forAudience(findings, audience),
  }));
}

/** The newest "Sidst opdateret" date of any published entry, for pages with no content of their own. */
export async function getSiteUpdated(): Promise<string> {
  await ensureChecked();
  const lists = await Promise.all(ALL_COLLECTIONS.map((name) => published(name)));
  return newestDate(lists.flat().map((entry) => entry.data.updated));
}

/** A page as the A–Å list of every page shows it. */
export interface ListedPage {
  title: string;
  href: string;
}

/** Every page of the site with its title, for the A–Å list that stands in for search without JavaScript. */
export async function getAllPages(): Promise<ListedPage[]> {
  const [model, phases, findings, guides, methods, sources, pages, theory] = await Promise.all([
    getModel(), getPhases(), getFindings(), getGuides(), getMethods(), getSources(), getPages(), getTheoryOfChange(),
  ]);
  return [
    { title: 'Forside', href: '/' },
    { title: 'Søg', href: '/soeg/' },
    { title: model.data.title, href: '/model/' },
    { title: theory.data.title, href: '/model/forandringsteori/' },
    ...Object.entries(overviews).map(([href, { title }]) => ({ title, href })),
    ...phases.map((e) => ({ title: e.data.title, href: entryUrl('phases', e.id) })),
    ...findings.map((e) => ({ title: `${e.data.id}: ${e.data.title}`, href: entryUrl('findings', e.id) })),
    ...guides.map((e) => ({ title: e.data.title, href: entryUrl('guides', e.id) })),
    ...methods.map((e) => ({ title: e.data.title, href: entryUrl('methods', e.id) })),
    ...sources.map((e) => ({ title: e.data.title.replace(/^»/, ''), href: entryUrl('sources', e.id) })),
    ...pages.map((e) => ({ title: e.data.title, href: pageUrl(e.id) })),
  ];
}

/** A finding or source with its citation record and the URL section its files live under. */
export interface CitableRecord {
  section: 'resultater' | 'kilder';
  slug: string;
  record: CslItem;
}

/** Every finding and source as a citation record, for the citation files and the pages that link them. */
export async function getCitableRecords(): Promise<CitableRecord[]> {
  const [findings, sources] = await Promise.all([getFindings(), getSources()]);
  return [
    ...findings.map((f) => ({ section: 'resultater' as const, slug: f.id, record: findingCitationRecord(f) })),
    ...sources.map((s) => ({ section: 'kilder' as const, slug: s.id, record: sourceRecord(s.data, s.id) })),
  ];
}

let citationLines: Promise<Map<string, string>> | undefined;

/**
 * The ready-to-copy citation line of a finding or source, by its record id. All lines are made
 * in one pass, once per build, and shared by every page.
 */
export async function getCitationLine(id: string): Promise<string> {
  citationLines ??= getCitableRecords().then((records) => apaCitations(records.map((r) => r.record)));
  const line = (await citationLines).get(id);
  if (!line) throw new Error(`Intet citat for "${id}"`);
  return line;
}

/** A finding's citation record, with its canonical URL. */
export function findingCitationRecord(finding: Entry<'findings'>): CslItem {
  return findingRecord(finding.data, new URL(entryUrl('findings', finding.id), site.origin).href);
}

/** Every finding and guide as an RSS item, newest first. */
export async function getFeedItems(): Promise<{ title: string; link: string; pubDate: Date; description: string; categories: string[] }[]> {
  const [findings, guides] = await Promise.all([getFindings(), getGuides()]);
  const items = [
    ...findings.map((f) => ({ title: `${f.data.id}: ${f.data.title}`, link: entryUrl('findings', f.id), published: f.data.published, description: f.data.summary, categories: ['Resultat'] })),
    ...guides.map((g) => ({ title: g.data.title, link: entryUrl('guides', g.id), published: g.data.published, description: g.data.summary, categories: ['Vejledning'] })),
  ];
  return items
    .sort((a, b) => b.published.localeCompare(a.published))
    .map(({ published, ...item }) => ({ ...item, pubDate: new Date(`${published}T00:00:00Z`) }));
}

/**
 * Every redirect the site publishes: each finding's short address and every entry's former
 * addresses. Fails the build, naming file and field, when two claims want one address.
 */
export async function getRedirects(): Promise<Redirect[]> {
  const [pages, ...collections] = await Promise.all([
    getAllPages(), getFindings(), getGuides(), getMethods(), getSources(), getPhases(), getPages(),
  ]);
  const named = new Map(pages.map((page) => [page.href, page.title]));
  const entries = collections.flat().map((entry) => ({ entry, href: pageHref(entry) }));
  const redirects: Redirect[] = [];
  const claims: UrlClaim[] = pages.map((page) => ({ url: page.href, file: 'src/pages (fast side)', field: 'adresse' }));
  for (const { entry, href } of entries) {
    const file = entry.filePath ?? entry.id;
    const title = named.get(href) ?? href;
    if (entry.collection === 'findings') {
      const from = shortFindingPath(entry.data.id);
      redirects.push({ from, to: href, title });
      claims.push({ url: from, file, field: 'id' });
    }
    for (const alias of entry.data.aliases) {
      redirects.push({ from: alias, to: href, title });
      claims.push({ url: alias, file, field: 'aliases' });
    }
  }
  const problems = urlCollisions(claims);
  if (problems.length > 0) throw new Error(`Fejl i adresserne:\n${problems.join('\n')}`);
  return redirects;
}

type PagedEntry = Entry<'findings'> | Entry<'guides'> | Entry<'methods'> | Entry<'sources'> | Entry<'phases'> | Entry<'pages'>;

/** The live address of an entry that has a page. */
function pageHref(entry: PagedEntry): string {
  const paged: Record<string, PagedCollection> = { findings: 'findings', guides: 'guides', methods: 'methods', sources: 'sources', phases: 'phases' };
  const collection = paged[entry.collection];
  return collection ? entryUrl(collection, entry.id) : pageUrl(entry.id);
}

/** The theory of change, by its file name in content/theory-of-change/. */
export async function getTheoryOfChange(id = 'forandringsteori'): Promise<Entry<'theoryOfChange'>> {
  await ensureChecked();
  const figure = (await published('theoryOfChange')).find((entry) => entry.id === id);
  if (!figure) throw new Error(`content/theory-of-change/${id}.yaml findes ikke`);
  return figure;
}

/** A sequence figure, by its file name in content/sequences/. */
export async function getSequence(id: string): Promise<Entry<'sequences'>> {
  await ensureChecked();
  const figure = (await published('sequences')).find((entry) => entry.id === id);
  if (!figure) throw new Error(`content/sequences/${id}.yaml findes ikke (brugt af <ProcessSequence id="${id}" />)`);
  return figure;
}
