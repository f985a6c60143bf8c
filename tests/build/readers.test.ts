import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/da.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import { readContentFiles } from '../support/content-files.ts';
import { builtPages } from '../support/dist.ts';

// What the readers' review asked of every page: the gaps said once, in one box; a finding's
// statement once; origin visible wherever an entry of another process is listed.

const pages = builtPages();
const content = readContentFiles();
const main = (url: string) => pages.find((page) => page.url === url)!.root.querySelector('main')!;
const mainText = (url: string) => main(url).textContent.replace(/\s+/g, ' ');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

const origins = new Map(
  content.filter((f) => f.collection === 'origins').map((f) => [f.id, f.data]),
);
const fromOtherProcess = content.filter(
  (f) =>
    ['findings', 'methods', 'guides'].includes(f.collection) &&
    origins.get(String(f.data['origin']))?.['primary'] !== true,
);

describe('what the sources do not tell', () => {
  it('is said in at most one box per page', () => {
    const twice = pages.filter((page) => page.root.querySelectorAll('.fb-gaps').length > 1);
    expect(twice.map((page) => page.url)).toEqual([]);
  });

  it('explains the editors’ own links at most once per page', () => {
    const note = t('editorial.explain');
    const repeated = pages.filter((page) => occurrences(page.html, note) > 1);
    expect(repeated.map((page) => page.url)).toEqual([]);
  });

  it('leaves no empty section: every heading of the content is followed by something', () => {
    const empty = pages.flatMap((page) =>
      page.root
        .querySelectorAll('main section')
        .filter((section) => section.querySelectorAll('p, li, dd, td, figure, table').length === 0)
        .map((section) => `${page.url}#${section.getAttribute('aria-labelledby')}`),
    );
    expect(empty).toEqual([]);
  });
});

describe('a finding', () => {
  const findings = content.filter((f) => f.collection === 'findings');

  it.each(findings.map((f) => [f.id, f] as const))(
    '%s shows its statement once, as the lead that carries #udsagn',
    (id, finding) => {
      const url = entryUrl('findings', id);
      const statement = String(finding.data['statement']);
      expect(occurrences(mainText(url), statement)).toBe(1);
      expect(main(url).querySelector('#udsagn')?.textContent.trim()).toBe(statement);
    },
  );
});

describe('entries of another process than the site’s own', () => {
  it('exist, so the checks below are not empty', () => {
    expect(fromOtherProcess.length).toBeGreaterThan(0);
  });

  it('carry their process’s mark in every list that links to them from a page of another origin', () => {
    // A page of the same process says so at its top; the text of a source document's page is
    // content, not a list the engine makes.
    const pageOrigin = new Map(
      content.map((f) => [
        ['findings', 'methods', 'guides'].includes(f.collection)
          ? entryUrl(f.collection as 'findings', f.id)
          : '',
        String(f.data['origin'] ?? ''),
      ]),
    );
    const unmarked = pages.flatMap((page) =>
      fromOtherProcess.flatMap((entry) => {
        const href = entryUrl(entry.collection as 'findings', entry.id);
        if (pageOrigin.get(page.url) === entry.data['origin'] || page.url.startsWith('/kilder/'))
          return [];
        return page.root
          .querySelectorAll(`main .entries li a[href="${href}"], main li > a[href="${href}"]`)
          .map((link) => link.closest('li')!)
          .filter((item) => !item.querySelector('.fb-origin'))
          .map(() => `${page.url} → ${href}`);
      }),
    );
    expect(unmarked).toEqual([]);
  });

  it('come after the site’s own on the overviews, under their own heading', () => {
    for (const collection of ['findings', 'methods', 'guides'] as const) {
      const overview = pages.find(
        (page) => page.url === entryUrl(collection, 'x').replace('x/', ''),
      )!;
      const headings = overview.root.querySelectorAll('main h2').map((h) => h.textContent.trim());
      const groups = [...origins.values()]
        .sort((a, b) => Number(b['primary']) - Number(a['primary']))
        .map((origin) => String(origin['group']))
        .filter((group) => headings.includes(group));
      expect(groups.length, overview.url).toBeGreaterThan(0);
      expect(
        headings.filter((h) => groups.includes(h)),
        overview.url,
      ).toEqual(groups);
    }
  });
});
