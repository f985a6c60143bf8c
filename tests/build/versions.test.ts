// Every published version of a finding or guide keeps its own page, and every finding shows the
// source's own words, which stand word for word in the source's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isVerbatim, OMISSION } from '../../src/checks/quotations.ts';
import { CONTENT_TYPES } from '../../src/content-types.ts';
import { entryAddress } from '../../src/lib/urls.ts';
import { builtPages, type BuiltPage } from '../support/dist.ts';
import { readContentFiles } from '../support/content-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const pages = new Map(builtPages().map((page) => [page.url, page]));
const published = new Set(
  readFileSync(join(ROOT, 'content', 'published-urls.txt'), 'utf8').split('\n'),
);
const files = readContentFiles();
const versioned = files.filter((f) => f.collection === 'findings' || f.collection === 'guides');
const page = (url: string): BuiltPage => {
  const found = pages.get(url);
  if (!found) throw new Error(`${url} blev ikke bygget`);
  return found;
};
const text = (root: HTMLElement, selector: string) =>
  root
    .querySelector(selector)
    ?.textContent.replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';

describe('version pages', () => {
  it.each(versioned.map((f) => [f.file, f] as const))('%s has a page for every version', (_, f) => {
    const base = `${CONTENT_TYPES[f.collection as 'findings'].route.path}${f.id}/`;
    const log = f.data['changelog'] as { version: string; date: string }[];
    const versions = log.map((line) => line.version);
    expect(versions).toContain(f.data['version']);
    for (const version of versions) {
      const url = `${base}version/${version.replace('.', '-')}/`;
      const built = page(url);
      // Banner: the version, its date and the way to the newest.
      const banner = text(built.root, '.fb-version__banner');
      expect(banner).toContain(`Du læser version ${version}`);
      expect(built.root.querySelector(`.fb-version__banner a[href="${base}"]`)).not.toBeNull();
      // A version never disappears: its address is on the list of published URLs.
      expect(published.has(url), `${url} mangler i published-urls.txt`).toBe(true);
      // Not in the search index: search leads to the newest.
      expect(built.html).not.toContain('data-pagefind-body');
      if (version === '1.0') {
        expect(banner).toContain('første udgave');
      } else {
        expect(text(built.root, '.fb-version__banner summary')).toMatch(
          /^Hvad er ændret i forhold til version \d+\.\d+$/,
        );
        expect(built.root.querySelectorAll('.fb-diff ins, .fb-diff del').length).toBeGreaterThan(0);
      }
    }
    // The entry's own page links each change log line to its version's page.
    for (const version of versions) {
      expect(
        page(base).root.querySelector(`a[href="${base}version/${version.replace('.', '-')}/"]`),
      ).not.toBeNull();
    }
  });

  it('shows an archived version as it was published, not as the entry reads now', () => {
    const archived = files.filter((f) => f.collection === 'versions');
    expect(archived.length).toBeGreaterThanOrEqual(versioned.length);
    for (const archive of archived) {
      const built = page(entryAddress('versions', archive.id)!);
      expect(text(built.root, 'h1')).toContain(String(archive.data['title']));
      const firstParagraph = archive.body.trim().split('\n\n')[0]!.replace(/\*\*/g, '');
      expect(text(built.root, '.body')).toContain(
        firstParagraph.replace(/^## /, '').replace(/\s+/g, ' '),
      );
    }
  });
});

describe('the kildegrundlag of each finding', () => {
  const sources = new Map(
    files
      .filter((f) => f.collection === 'sources')
      .map((f) => [f.id, readFileSync(join(ROOT, 'content', 'sources', `${f.id}.txt`), 'utf8')]),
  );
  const findings = files.filter((f) => f.collection === 'findings');

  it.each(findings.map((f) => [f.id, f] as const))('%s quotes its source word for word', (id) => {
    const built = page(`/resultater/${id}/`);
    const section = built.root.querySelector('#kildegrundlag')?.closest('section');
    expect(section, 'afsnittet #kildegrundlag mangler').toBeTruthy();
    const figures = section!.querySelectorAll('figure');
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const quote = text(figure, 'blockquote');
      const link = figure.querySelector('figcaption a')!.getAttribute('href')!;
      const source = link.split('/').at(-2)!;
      // The reader can follow the quotation to its sentence: each part around […] is in the text.
      expect(sources.has(source)).toBe(true);
      expect(isVerbatim(quote, sources.get(source)!), `${quote} står ikke i ${source}.txt`).toBe(
        true,
      );
      // The locator is named beside the quotation, not inside it.
      expect(figure.querySelector('figcaption')!.textContent).toMatch(/Afsnittet/);
      expect(quote.includes(OMISSION) || quote.length > 20).toBe(true);
    }
  });
});
