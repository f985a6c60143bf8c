import { describe, expect, it } from 'vitest';
import { entryUrl, pageUrl, type PagedCollection } from '../../src/lib/urls.ts';
import { readContentFiles } from '../support/content-files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST } from '../support/dist.ts';

const pages = builtPages();
const urls = new Set(pages.map((page) => page.url));
const PAGED: Record<string, PagedCollection> = { phases: 'phases', findings: 'findings', guides: 'guides', methods: 'methods', sources: 'sources' };

/** The permanent URLs the ministry and municipalities link to. */
const PERMANENT_URLS = [
  '/', '/model/', '/faser/', '/resultater/', '/vejledninger/', '/metoder/', '/kilder/', '/ordliste/', '/om/',
  '/tilgaengelighed/', '/privatliv/', '/soeg/', '/sider/', '/for/kommune/', '/for/praktiker/', '/for/ministerium-og-forskning/', '/404.html',
  '/faser/udvikling-af-indsatsen/', '/faser/laering-og-implementering/', '/faser/evaluering/',
  '/faser/vidensspredning-forankring-og-udbredelse/',
];

describe('the built site', () => {
  it('has every permanent URL', () => {
    expect(PERMANENT_URLS.filter((url) => !urls.has(url))).toEqual([]);
  });

  it('has a page for every published content entry', () => {
    const expected = readContentFiles()
      .filter((file) => file.data['draft'] !== true)
      .flatMap((file) => {
        const collection = PAGED[file.collection];
        if (collection) return [entryUrl(collection, file.id)];
        return file.collection === 'pages' ? [pageUrl(file.id)] : [];
      });
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.filter((url) => !urls.has(url))).toEqual([]);
  });

  it('has a glossary anchor for every term', () => {
    const glossary = pages.find((page) => page.url === '/ordliste/')!;
    const missing = readContentFiles()
      .filter((file) => file.collection === 'glossary')
      .filter((file) => !glossary.root.getElementById(file.id));
    expect(missing.map((file) => file.file)).toEqual([]);
  });
});

describe.each(pages.map((page) => [page.url, page] as const))('the page %s', (_url, page) => {
  it('is in Danish', () => {
    expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('da');
  });

  it('has a title and exactly one h1', () => {
    expect(page.root.querySelector('title')?.text.trim()).not.toBe('');
    expect(page.root.querySelectorAll('h1')).toHaveLength(1);
  });

  it('is not empty', () => {
    const main = page.root.querySelector('main');
    expect(main?.text.replace(/\s+/g, ' ').trim().length ?? 0).toBeGreaterThan(150);
  });

  it('has a skip link, breadcrumbs or is the home page, a search form and the accessibility statement link', () => {
    expect(page.root.querySelector('a[href="#indhold"]')).not.toBeNull();
    expect(page.root.querySelector('main#indhold')).not.toBeNull();
    if (page.url !== '/') expect(page.root.querySelector('nav[aria-label="Du er her"]')).not.toBeNull();
    const form = page.root.querySelector('form[action="/soeg/"]');
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
    const statement = page.root.querySelectorAll('footer a').find((a) => a.getAttribute('href') === '/tilgaengelighed/');
    expect(statement?.text.trim()).toBe('Tilgængelighedserklæring');
  });

  it('shows a "Sidst opdateret" date', () => {
    const meta = page.root.querySelectorAll('dt').find((dt) => dt.text.trim() === 'Sidst opdateret');
    expect(meta?.nextElementSibling?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has no inline script or style and loads nothing from another host', () => {
    const inline = page.root.querySelectorAll('script').filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json');
    expect(inline).toHaveLength(0);
    expect(page.root.querySelectorAll('style')).toHaveLength(0);
    expect(page.root.querySelectorAll('[style]')).toHaveLength(0);
    const external = page.root.querySelectorAll('script[src], link[rel="stylesheet"], img[src], link[rel="icon"]')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
  });

  it('carries at most the one shared first-party module script, of at most 2 KB gzip (the search page aside)', () => {
    const scripts = page.root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    if (page.url === '/soeg/') return;
    expect(scripts.length).toBeLessThanOrEqual(1);
    for (const script of scripts) {
      const src = script.getAttribute('src') ?? '';
      expect(script.getAttribute('type')).toBe('module');
      expect(src).toMatch(/^\/_astro\/[^/]+\.js$/);
      expect(gzipSync(readFileSync(join(DIST, src))).length).toBeLessThanOrEqual(2048);
    }
  });

  it('weighs at most 20 KB gzip with its CSS and JS', () => {
    if (page.url === '/soeg/') return; // the search page's own script is loaded only there
    const assets = page.root.querySelectorAll('link[rel="stylesheet"], script[src]').map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
    const bytes = [Buffer.from(page.html), ...assets.map((src) => readFileSync(join(DIST, src)))].reduce((sum, data) => sum + gzipSync(data).length, 0);
    expect(bytes).toBeLessThanOrEqual(20 * 1024);
  });

  it('gives every image a width and a height', () => {
    const unsized = page.root.querySelectorAll('img, svg image').filter((img) => !img.getAttribute('width') || !img.getAttribute('height'));
    expect(unsized.map((img) => img.toString().slice(0, 80))).toEqual([]);
  });

  it('uses no English curly quotes', () => {
    expect(page.root.querySelector('body')?.text).not.toMatch(/[“”‘’]/);
  });
});
