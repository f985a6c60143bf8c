import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readCitationFile } from '../support/citation-files.ts';
import { site } from '../../src/site.config.ts';
import { readContentFiles } from '../support/content-files.ts';
import { builtPages, builtRedirects, DIST } from '../support/dist.ts';

const pages = builtPages();
const redirects = builtRedirects();
const all = [...pages, ...redirects];
const content = readContentFiles();
const findings = content.filter((file) => file.collection === 'findings');
const guides = content.filter((file) => file.collection === 'guides');
const sources = content.filter((file) => file.collection === 'sources');
/** The date of the version a finding's page shows: its newest change. */
const versionDate = (file: (typeof content)[number]) =>
  (file.data['changelog'] as { date: unknown }[])
    .map((change) => String(change.date))
    .sort()
    .at(-1) ?? String(file.data['updated']);

function jsonLd(url: string): Record<string, unknown>[] {
  const page = all.find((p) => p.url === url)!;
  return page.root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.text) as Record<string, unknown>);
}
const meta = (url: string, name: string) =>
  all
    .find((p) => p.url === url)!
    .root.querySelector(`meta[name="${name}"], meta[property="${name}"]`)
    ?.getAttribute('content');

describe('structured data', () => {
  it.each(pages.filter((p) => p.url !== '/404.html').map((p) => [p.url] as const))(
    '%s has JSON-LD that parses, with a BreadcrumbList unless it is the home page',
    (url) => {
      const objects = jsonLd(url);
      expect(objects.every((o) => o['@context'] === 'https://schema.org')).toBe(true);
      const types = objects.map((o) => o['@type']);
      if (url === '/') expect(types).toEqual(['WebSite', 'Organization']);
      else {
        const crumbs = objects.find((o) => o['@type'] === 'BreadcrumbList') as {
          itemListElement: { position: number; item: string }[];
        };
        expect(crumbs.itemListElement.at(-1)?.item).toBe(new URL(url, site.origin).href);
        expect(crumbs.itemListElement.map((i) => i.position)).toEqual(
          crumbs.itemListElement.map((_, i) => i + 1),
        );
      }
    },
  );

  it.each(findings.map((f) => [f.id, f] as const))(
    'the finding %s is a Report whose dateModified follows its change log',
    (id, file) => {
      const report = jsonLd(`/resultater/${id}/`).find((o) => o['@type'] === 'Report')!;
      const changelog = file.data['changelog'] as { date: string }[];
      expect(report).toMatchObject({
        identifier: file.data['id'],
        inLanguage: 'da',
        version: file.data['version'],
        license: 'https://creativecommons.org/licenses/by/4.0/deed.da',
      });
      expect(report['dateModified']).toBe(
        changelog
          .map((c) => String(c.date))
          .sort()
          .at(-1),
      );
      // The report's own title, as every citation gives it; the id is its identifier.
      expect(report['name']).toBe(String(file.data['title']));
      expect((report['author'] as { name: string }).name).toBeTruthy();
    },
  );

  it.each(guides.map((g) => [g.id, g] as const))(
    'the guide %s is a HowTo with its steps in order',
    (id, file) => {
      const howTo = jsonLd(`/vejledninger/${id}/`).find((o) => o['@type'] === 'HowTo')!;
      const steps = file.data['steps'] as { title: string }[];
      expect(
        (howTo['step'] as { name: string; position: number }[]).map((s) => [s.position, s.name]),
      ).toEqual(steps.map((s, i) => [i + 1, s.title]));
    },
  );
});

describe('page metadata', () => {
  it('gives the 404 page, which answers every missing address, no canonical URL', () => {
    const notFound = pages.find((p) => p.url === '/404.html')!;
    expect(notFound.root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.root.querySelector('meta[property="og:url"]')).toBeNull();
  });

  it('gives every other page its own canonical URL', () => {
    const canonicals = pages
      .filter((p) => p.url !== '/404.html')
      .map((p) => p.root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(canonicals.every(Boolean)).toBe(true);
    expect(new Set(canonicals).size).toBe(canonicals.length);
  });

  it.each(pages.map((p) => [p.url] as const))(
    '%s has Open Graph, Dublin Core and the licence',
    (url) => {
      expect(meta(url, 'og:locale')).toBe('da_DK');
      // A source page's Dublin Core describes the document (tests/build/citation-import.test.ts):
      // its date only when it has one, and not the site's licence.
      const sourcePage = /^\/kilder\/[^/]+\/$/.test(url);
      // The 404 page answers every missing address and has none of its own to give as og:url.
      for (const name of [
        'og:title',
        'og:description',
        ...(url === '/404.html' ? [] : ['og:url']),
        'DC.title',
        ...(sourcePage ? [] : ['DC.date', 'DC.rights']),
        'DC.language',
      ])
        expect(meta(url, name)).toBeTruthy();
      expect(
        all
          .find((p) => p.url === url)!
          .root.querySelector('link[rel="license"]')
          ?.getAttribute('href'),
      ).toContain('creativecommons.org/licenses/by/4.0');
      expect(
        all
          .find((p) => p.url === url)!
          .root.querySelector('link[rel="alternate"][type="application/rss+xml"]')
          ?.getAttribute('href'),
      ).toBe('/rss.xml');
    },
  );

  it.each(findings.map((f) => [f.id, f] as const))(
    'the finding %s has the Google Scholar tags of a report, with its id as number and no author tag',
    (id, file) => {
      const url = `/resultater/${id}/`;
      expect(meta(url, 'citation_title')).toBe(String(file.data['title']));
      expect(meta(url, 'citation_technical_report_number')).toBe(String(file.data['id']));
      expect(meta(url, 'citation_publication_date')).toBe(versionDate(file).replaceAll('-', '/'));
      expect(meta(url, 'citation_language')).toBe('da');
      expect(meta(url, 'citation_technical_report_institution')).toBe(site.publisher);
      expect(meta(url, 'citation_publisher')).toBe(site.publisher);
      // Zotero reads any author tag as a person's name (see citation-import.test.ts).
      expect(meta(url, 'citation_author')).toBeUndefined();
    },
  );
});

describe('citations', () => {
  const citable = [
    ...findings.map((f) => ['resultater', f] as const),
    ...sources.map((s) => ['kilder', s] as const),
  ];

  it.each(citable.map(([section, file]) => [`/${section}/${file.id}/`, section, file] as const))(
    '%s links RIS, BibTeX and CSL-JSON files that parse back to its title and date',
    (url, section, file) => {
      const links = all
        .find((p) => p.url === url)!
        .root.querySelectorAll('#citer ~ * a[href^="/citat/"], section a[href^="/citat/"]')
        .map((a) => a.getAttribute('href') ?? '');
      const expected = ['ris', 'bib', 'json'].map((ext) => `/citat/${section}/${file.id}.${ext}`);
      expect(links).toEqual(expected);
      const title =
        section === 'resultater' ? String(file.data['title']) : String(file.data['documentTitle']);
      const date =
        section === 'resultater'
          ? versionDate(file)
          : file.data['date']
            ? String(file.data['date'])
            : undefined;
      for (const href of expected) {
        const back = readCitationFile(readFileSync(join(DIST, href), 'utf8'));
        expect(back.title.replace(/--/g, '–')).toBe(title);
        expect(back.issued?.join('-')).toBe(date?.split('-').map(Number).join('-'));
      }
    },
  );

  it('writes the ready-to-copy line in Danish APA: »u.å.« without a date, lowercase months, no English phrases', () => {
    const line = (url: string) =>
      all.find((p) => p.url === url)!.root.getElementById('citat-apa')?.text ?? '';
    expect(line('/kilder/case-effektive-forandringer/')).toBe(
      'Connector. (u.å.). Case – Effektive forandringer: Fremskudt behandling af udsatte borgere med stofmisbrug. Udviklings- og implementering på tværs af civilsamfund og kommune [Casebeskrivelse].',
    );
    // A unit of a municipality is the author and the municipality the publisher (APA 7).
    expect(line('/kilder/kk-procesbilag-misbrugsomraadet-2014/')).toBe(
      'Mål- og Rammekontoret for Voksne. (2014). Bilag 3. Procesbilag [Bilag til udvalgssag, sagsnr. 2014-0103582, dokumentnr. 2014-0103582-3]. Københavns Kommune.',
    );
    // A finding is a report: the year, the number and version, the site as series, the address.
    for (const file of findings) {
      const url = `/resultater/${file.id}/`;
      expect(line(url)).toBe(
        `${site.publisher}. (${versionDate(file).slice(0, 4)}). ${String(file.data['title'])} (Nr. ${String(file.data['id'])}; Version ${String(file.data['version'])}, ${site.name}). ${new URL(url, site.origin).href}`,
      );
    }
    for (const page of all.filter((p) => p.root.getElementById('citat-apa')))
      expect(line(page.url)).not.toMatch(/n\.d\.|Retrieved from/);
  });

  it.each(findings.map((f) => [f.id, f] as const))(
    'offers on the finding %s its short address and the citation line of each source it rests on',
    (id, file) => {
      const page = all.find((p) => p.url === `/resultater/${id}/`)!;
      const box = page.root.getElementById('citer')!.closest('section')!;
      const short = new URL(`/resultater/${String(file.data['id']).toLowerCase()}/`, site.origin);
      expect(box.querySelector(`a[href="${short.href}"]`)?.text).toBe(short.href);
      const cited = [
        ...new Set((file.data['sources'] as { source: string }[]).map((s) => s.source)),
      ];
      expect(box.text).toContain(
        cited.length === 1 ? 'Citér også kilden:' : 'Citér også kilderne:',
      );
      const lines = cited.map(
        (_, index) => box.querySelector(`#citat-apa-kilde-${index + 1}`)?.text ?? '',
      );
      expect(lines).toEqual(
        cited.map(
          (source) =>
            all.find((p) => p.url === `/kilder/${source}/`)!.root.getElementById('citat-apa')?.text,
        ),
      );
    },
  );
});

describe('feed and discovery', () => {
  const parser = new XMLParser();

  it('has an RSS 2.0 feed that lists every finding and guide', () => {
    const feed = parser.parse(readFileSync(join(DIST, 'rss.xml'), 'utf8')) as {
      rss: { channel: { item: { link: string }[] } };
    };
    const links = feed.rss.channel.item.map((item) => new URL(item.link).pathname).sort();
    const expected = [
      ...findings.map((f) => `/resultater/${f.id}/`),
      ...guides.map((g) => `/vejledninger/${g.id}/`),
    ].sort();
    expect(links).toEqual(expected);
  });

  it('has a sitemap that lists every page exactly once, with its date', () => {
    const index = parser.parse(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')) as {
      sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
    };
    const maps = [index.sitemapindex.sitemap].flat().map((s) => new URL(s.loc).pathname);
    const urls = maps.flatMap((map) => {
      const xml = parser.parse(readFileSync(join(DIST, map), 'utf8')) as {
        urlset: { url: { loc: string; lastmod: string }[] };
      };
      return [xml.urlset.url].flat();
    });
    const paths = urls.map((u) => new URL(u.loc).pathname);
    expect(paths.length).toBe(new Set(paths).size);
    expect(paths.sort()).toEqual(
      pages
        .map((p) => p.url)
        .filter((u) => u !== '/404.html')
        .sort(),
    );
    expect(urls.every((u) => /^\d{4}-\d{2}-\d{2}/.test(u.lastmod))).toBe(true);
  });

  it('has a robots.txt that names the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m,
    );
  });
});

describe('permanent addresses', () => {
  it('gives every finding a short address from its id that redirects to it', () => {
    for (const file of findings) {
      const short = redirects.find(
        (p) => p.url === `/resultater/${String(file.data['id']).toLowerCase()}/`,
      );
      expect(short?.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
        `0; url=/resultater/${file.id}/`,
      );
    }
  });

  it('makes every redirect page lead to a page that exists, with a canonical link and a visible Danish link', () => {
    expect(redirects.length).toBeGreaterThan(0);
    for (const page of redirects) {
      const target = page.root.querySelector('main a')?.getAttribute('href') ?? '';
      expect(pages.some((p) => p.url === target)).toBe(true);
      expect(
        new URL(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '')
          .pathname,
      ).toBe(target);
      expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('da');
      expect(page.root.querySelector('h1')?.text).toBe('Siden er flyttet');
    }
  });

  it('gives every finding the fixed anchors of its parts', () => {
    for (const file of findings) {
      const page = all.find((p) => p.url === `/resultater/${file.id}/`)!;
      for (const anchor of ['udsagn', 'kontekst', 'mekanisme', 'resultat', 'kilder'])
        expect(page.root.getElementById(anchor), `${file.id}#${anchor}`).not.toBeNull();
    }
  });

  it.each(pages.map((p) => [p.url] as const))(
    '%s gives every content heading an ASCII id and a visible link to it',
    (url) => {
      const page = all.find((p) => p.url === url)!;
      for (const heading of page.root.querySelectorAll('main h2, main h3')) {
        const id = heading.getAttribute('id') ?? '';
        expect(id).toMatch(/^[a-z0-9-]+$/);
        // Headings inside navigation and figures, and list headings that are links themselves, need no extra link.
        if (
          heading.closest('nav, figure, [data-search-help], [data-search-nojs]') ||
          heading.querySelector('a')
        )
          continue;
        expect(
          heading.parentNode?.querySelector(`a.fb-heading__link[href="#${id}"]`),
          `${url}#${id}`,
        ).not.toBeNull();
      }
    },
  );
});
