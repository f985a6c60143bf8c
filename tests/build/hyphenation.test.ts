import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { MIN_WORD_LENGTH, SOFT_HYPHEN } from '../../src/lib/hyphenation.ts';
import { builtPages, DIST, distFiles } from '../support/dist.ts';

// The last build step (src/cli/hyphenate.ts) puts soft hyphens into the long words of <main>
// after Pagefind has indexed the pages. These tests read what it left in dist/, each file as
// written: other tests may compare page text without its soft hyphens, as a reader reads it.
const pages = builtPages().map(({ url }) => {
  const html = readFileSync(join(DIST, url.endsWith('/') ? `${url}index.html` : url), 'utf8');
  return { url, html, root: parse(html) };
});
const plain = (text: string) => text.replaceAll(SOFT_HYPHEN, '');
const LONG_WORD = new RegExp(`[\\p{L}${SOFT_HYPHEN}]{${MIN_WORD_LENGTH},}`, 'u');
/** The words the issue names: searching for them must still find their pages. */
const SEARCHED = ['forbedringsmøder', 'civilsamfundsorganisationer'];

function soft(elements: HTMLElement[], html: (element: HTMLElement) => string): string[] {
  return elements.map(html).filter((text) => text.includes(SOFT_HYPHEN));
}

describe('soft hyphens in the built pages', () => {
  const withMain = pages.filter((page) => page.root.querySelector('main'));

  it('are in <main> of every page whose text there has a long word', () => {
    const long = withMain.filter((page) =>
      LONG_WORD.test(plain(page.root.querySelector('main')!.text)),
    );
    expect(long.length).toBeGreaterThan(20);
    expect(
      long
        .filter((page) => !page.root.querySelector('main')!.innerHTML.includes(SOFT_HYPHEN))
        .map((page) => page.url),
    ).toEqual([]);
  });

  it.each(SEARCHED)('split »%s« on a page that has it', (word) => {
    const hyphenated = pages.filter((page) => {
      const main = page.root.querySelector('main')?.text.toLowerCase() ?? '';
      return !main.includes(word) && plain(main).includes(word);
    });
    expect(hyphenated.length).toBeGreaterThan(0);
  });

  it('are nowhere outside <main>: not in the title, the metadata, the header or the footer', () => {
    const outside = pages.filter((page) => {
      const [start, end] = page.root.querySelector('main')?.range ?? [0, 0];
      return (page.html.slice(0, start) + page.html.slice(end)).includes(SOFT_HYPHEN);
    });
    expect(outside.map((page) => page.url)).toEqual([]);
    expect(
      pages.filter((page) => page.root.querySelector('head')!.innerHTML.includes(SOFT_HYPHEN)),
    ).toEqual([]);
  });

  it('are in no attribute value: links, labels and Pagefind meta stay as written', () => {
    const attributes = pages.flatMap((page) =>
      soft(page.root.querySelectorAll('*'), (element) => element.rawAttrs).map(
        (attrs) => `${page.url}: ${attrs}`,
      ),
    );
    expect(attributes).toEqual([]);
  });

  it('are not in code, JSON-LD, scripts, SVG or the citation a reader copies', () => {
    const selector = 'code, pre, script, style, svg, #citat-apa';
    const found = pages.flatMap((page) =>
      soft(page.root.querySelectorAll(selector), (element) => element.outerHTML).map(
        (html) => `${page.url}: ${html.slice(0, 80)}`,
      ),
    );
    expect(found).toEqual([]);
    expect(pages.filter((page) => page.root.getElementById('citat-apa')).length).toBeGreaterThan(0);
  });

  it('are in no other file: citation files, feed, sitemap and search index stay as written', () => {
    // Text a reader or a tool reads; the scripts and Pagefind's binaries are left out.
    const others = distFiles().filter((file) => /\.(bib|ris|json|xml|txt|pf_fragment)$/.test(file));
    expect(others.length).toBeGreaterThan(40);
    const text = (file: string) => {
      const bytes = readFileSync(join(DIST, file));
      return (file.endsWith('.pf_fragment') ? gunzipSync(bytes) : bytes).toString('utf8');
    };
    expect(others.filter((file) => text(file).includes(SOFT_HYPHEN))).toEqual([]);
  });
});

describe('the Pagefind index, made before the hyphenation', () => {
  const fragments = distFiles()
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) =>
      gunzipSync(readFileSync(join(DIST, file)))
        .toString('utf8')
        .toLowerCase(),
    );

  it.each(SEARCHED)('holds »%s« as a whole word', (word) => {
    expect(fragments.filter((fragment) => fragment.includes(word)).length).toBeGreaterThan(0);
  });
});
