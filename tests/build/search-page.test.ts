import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/da.ts';
import { SEARCH_META } from '../../src/lib/search-meta.ts';
import { KIT_FALLBACK_PATH } from '../../src/lib/fixed-pages.ts';
import { builtPages, distFiles, DIST, isPocketCard, isVersionPage } from '../support/dist.ts';

const searchPage = builtPages().find((page) => page.url === '/soeg/')!;

describe('the search page without JavaScript', () => {
  it('says plainly in Danish that search needs JavaScript, visibly', () => {
    const fallback = searchPage.root.querySelector('[data-search-nojs]');
    expect(fallback?.getAttribute('hidden')).toBeUndefined();
    expect(fallback?.text).toContain('Søgningen kræver JavaScript');
  });

  it('links to the A–Å list, the glossary and the methods, so it is never a dead end', () => {
    const links = searchPage.root
      .querySelectorAll('[data-search-nojs] a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/sider/', '/ordliste/', '/metoder/']);
  });

  it('keeps the form that needs JavaScript hidden until its script runs', () => {
    expect(searchPage.root.querySelector('fb-search form')?.hasAttribute('hidden')).toBe(true);
  });

  it('offers the four filters as labelled form controls named after their URL parameters', () => {
    const selects = searchPage.root.querySelectorAll('fb-search select');
    expect(selects.map((select) => select.getAttribute('name'))).toEqual([
      'type',
      'fase',
      'maalgruppe',
      'oprindelse',
    ]);
    for (const select of selects) {
      expect(
        searchPage.root.querySelector(`label[for="${select.getAttribute('id')}"]`),
      ).not.toBeNull();
    }
  });

  it('is itself left out of the search index', () => {
    expect(searchPage.root.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('the A–Å list of every page', () => {
  // A version's page is reached from its entry's change log, a pocket card from its guide; neither
  // is listed on its own.
  it('links to every page of the site but the 404 page, itself, the pages of single versions and the pocket cards', () => {
    const pages = builtPages();
    const list = pages.find((page) => page.url === '/sider/')!;
    const listed = new Set(
      list.root.querySelectorAll('main ul a').map((a) => a.getAttribute('href')),
    );
    const missing = pages
      .map((page) => page.url)
      .filter((url) => !listed.has(url) && url !== '/404.html' && url !== '/sider/')
      // The page for unsaved addresses is what the field kit shows offline, not a page to look up.
      .filter((url) => !isVersionPage(url) && !isPocketCard(url) && url !== KIT_FALLBACK_PATH);
    expect(missing).toEqual([]);
  });
});

/** What Pagefind stored for one page: the text it searches and shows excerpts from, and its meta. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every page's fragment from Pagefind's index, by URL; each file is gzip with a short signature before the JSON. */
function fragments(): Map<string, Fragment> {
  const all = distFiles()
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(readFileSync(join(DIST, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    });
  return new Map(all.map((fragment) => [fragment.url, fragment]));
}

/** An element's text as a reader sees it, without the soft hyphens the pages may carry. */
const words = (text: string) =>
  text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('what the search index reads', () => {
  it("leaves out the lists that repeat other pages' titles and summaries", () => {
    const lists = builtPages().flatMap((page) =>
      page.root.querySelectorAll('main ul.entries').map((list) => ({ url: page.url, list })),
    );
    expect(lists.length).toBeGreaterThan(5);
    expect(
      lists.filter(({ list }) => !list.closest('[data-pagefind-ignore]')).map(({ url }) => url),
    ).toEqual([]);
  });

  it('leaves out the A–Å list itself but keeps its title and introduction', () => {
    const list = builtPages().find((page) => page.url === '/sider/')!;
    const body = list.root.querySelector('[data-pagefind-body]')!;
    expect(body.querySelector('h1')?.closest('[data-pagefind-ignore]')).toBeNull();
    expect(body.querySelectorAll('ul a').length).toBeGreaterThan(20);
    expect(
      body.querySelectorAll('ul a').filter((link) => !link.closest('[data-pagefind-ignore]')),
    ).toEqual([]);
  });

  it('keeps origin and editorial marks, the terms of fact lists and the date line out', () => {
    const labels = builtPages().flatMap((page) =>
      page.root
        .querySelectorAll(
          '[data-pagefind-body] :is(.fb-origin, .fb-editorial, .fb-facts dt, dl.meta)',
        )
        .map((label) => ({ url: page.url, label })),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(
      labels
        .filter(({ label }) => !label.closest('[data-pagefind-ignore]'))
        .map(({ url, label }) => `${url}: ${words(label.text)}`),
    ).toEqual([]);
  });

  it('holds none of those labels in the text its excerpts come from', () => {
    const index = [...fragments().values()];
    expect(index.length).toBeGreaterThan(20);
    for (const label of [`(${t('editorial.label')})`, t('meta.updated'), t('audience.label')]) {
      expect(
        index.filter((page) => page.content.includes(label)).map((page) => page.url),
        label,
      ).toEqual([]);
    }
  });

  it('keeps a space between neighbouring terms, descriptions and header cells', () => {
    const index = fragments();
    const separate = 'dt, dd, th';
    const pairs = builtPages().flatMap((page) => {
      const content = index.get(page.url)?.content;
      if (!content) return [];
      return page.root
        .querySelectorAll(`[data-pagefind-body] :is(${separate})`)
        .filter((cell) => cell.nextElementSibling?.matches(separate))
        .filter((cell) => !cell.closest('[data-pagefind-ignore]'))
        .filter((cell) => !cell.nextElementSibling!.closest('[data-pagefind-ignore]'))
        .map((cell) => ({
          url: page.url,
          content,
          joined: `${words(cell.text).split(' ').at(-1)}${words(cell.nextElementSibling!.text).split(' ')[0]}`,
        }));
    });
    expect(pairs.length).toBeGreaterThan(10);
    expect(
      pairs
        .filter(({ content, joined }) => content.includes(joined))
        .map(({ url, joined }) => `${url}: ${joined}`),
    ).toEqual([]);
  });

  it('gets each page’s keywords as meta, from an element that shows nothing', () => {
    const index = fragments();
    const keywords = builtPages().flatMap((page) =>
      page.root
        .querySelectorAll(`[data-pagefind-meta^="${SEARCH_META.keywords}:"]`)
        .map((element) => ({ url: page.url, element })),
    );
    expect(keywords.length).toBeGreaterThan(0);
    for (const { url, element } of keywords) {
      expect(element.closest('[hidden]'), url).not.toBeNull();
      expect(element.text, url).toBe('');
      const value = element
        .getAttribute('data-pagefind-meta')!
        .slice(SEARCH_META.keywords.length + 1);
      expect(index.get(url)?.meta[SEARCH_META.keywords], url).toBe(value);
      // Searched, yet never in the text an excerpt is cut from.
      expect(index.get(url)?.content, url).not.toContain(value);
    }
  });
});
