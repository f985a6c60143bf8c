import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';

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
  it('links to every page of the site but the 404 page and itself', () => {
    const pages = builtPages();
    const list = pages.find((page) => page.url === '/sider/')!;
    const listed = new Set(
      list.root.querySelectorAll('main ul a').map((a) => a.getAttribute('href')),
    );
    const missing = pages
      .map((page) => page.url)
      .filter((url) => !listed.has(url) && url !== '/404.html' && url !== '/sider/');
    expect(missing).toEqual([]);
  });
});

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
});
