import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, type CollectionName } from '../../src/content-types.ts';
import { KIT_PATH, SEARCH_PATH } from '../../src/lib/fixed-pages.ts';
import { entryAddress } from '../../src/lib/urls.ts';
import { readContentFiles } from '../support/content-files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST } from '../support/dist.ts';

const pages = builtPages();
const urls = new Set(pages.map((page) => page.url));

describe('the built site', () => {
  it('has a page for every published content entry', () => {
    const expected = readContentFiles()
      .filter((file) => file.data['draft'] !== true)
      .flatMap((file) => {
        // Glossary terms are anchors on one page, checked below; data files have no page.
        if (!(file.collection in CONTENT_TYPES)) return [];
        const address = entryAddress(file.collection as CollectionName, file.id);
        return address && !address.includes('#') ? [address] : [];
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
    if (page.url !== '/')
      expect(page.root.querySelector('nav[aria-label="Du er her"]')).not.toBeNull();
    const form = page.root.querySelector('form[action="/soeg/"]');
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
    const statement = page.root
      .querySelectorAll('footer a')
      .find((a) => a.getAttribute('href') === '/tilgaengelighed/');
    expect(statement?.text.trim()).toBe('Tilgængelighedserklæring');
  });

  // A missing page and the search page have no content of their own to date.
  const dated = page.url !== '/404.html' && page.url !== SEARCH_PATH;
  it(`shows a "Sidst opdateret" date ${dated ? 'as its content has one' : 'nowhere, having no content of its own'}`, () => {
    const meta = page.root
      .querySelectorAll('dt')
      .find((dt) => dt.text.trim() === 'Sidst opdateret');
    if (!dated) expect(meta).toBeUndefined();
    else
      expect(meta?.nextElementSibling?.querySelector('time')?.getAttribute('datetime')).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
  });

  it('has no inline script or style and loads nothing from another host', () => {
    const inline = page.root
      .querySelectorAll('script')
      .filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json');
    expect(inline).toHaveLength(0);
    expect(page.root.querySelectorAll('style')).toHaveLength(0);
    expect(page.root.querySelectorAll('[style]')).toHaveLength(0);
    const external = page.root
      .querySelectorAll('script[src], link[rel="stylesheet"], img[src], link[rel="icon"]')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
  });

  const scripts = page.root
    .querySelectorAll('script')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json');

  it('loads its scripts only as first-party modules from /_astro/', () => {
    for (const script of scripts) {
      expect(script.getAttribute('type')).toBe('module');
      expect(script.getAttribute('src') ?? '').toMatch(/^\/_astro\/[^/]+\.js$/);
    }
  });

  // Content pages carry no script. A page with a citation box loads the copy button (at most
  // 2 KB gzip); the search page loads the search (its weight is bounded with the page's below);
  // the 404 page, which has no address of its own, fills in the one asked for on paper; the field
  // kit's page loads the two buttons that save or remove the kit.
  const hasCitation = page.root.querySelector('fb-copy') !== null;
  const ownScript =
    page.url === SEARCH_PATH
      ? 'the search script'
      : page.url === '/404.html'
        ? 'the script that names the address asked for'
        : page.url === KIT_PATH
          ? 'the buttons that save the field kit'
          : '';
  it(`carries ${ownScript || (hasCitation ? 'the copy button of at most 2 KB gzip' : 'no script')}`, () => {
    const sizes = scripts.map(
      (script) => gzipSync(readFileSync(join(DIST, script.getAttribute('src') ?? ''))).length,
    );
    expect(sizes).toHaveLength(ownScript || hasCitation ? 1 : 0);
    if (hasCitation) expect(sizes[0]).toBeLessThanOrEqual(2048);
  });

  it('weighs at most 20 KB gzip with its CSS and JS, the search page with its search script too', () => {
    const assets = page.root
      .querySelectorAll('link[rel="stylesheet"], script[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
    const bytes = [
      Buffer.from(page.html),
      ...assets.map((src) => readFileSync(join(DIST, src))),
    ].reduce((sum, data) => sum + gzipSync(data).length, 0);
    expect(bytes).toBeLessThanOrEqual(20 * 1024);
  });

  it('gives every image a width and a height', () => {
    const unsized = page.root
      .querySelectorAll('img, svg image')
      .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'));
    expect(unsized.map((img) => img.toString().slice(0, 80))).toEqual([]);
  });

  it('uses no English curly quotes', () => {
    expect(page.root.querySelector('body')?.text).not.toMatch(/[“”‘’]/);
  });
});
