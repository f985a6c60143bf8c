import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { danishSize, kitList, kitUrls, stamped } from '../../src/lib/field-kit.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const PAGE = '<html><body><main data-pagefind-body><h1>Side</h1></main></body></html>';
const REDIRECT =
  '<html><head><meta http-equiv="refresh" content="0; url=/resultater/a/"></head></html>';
const WORKER = {
  texts: { offline: 'Uden net', refreshed: 'Opdateret' },
  fallback: '/offline/uden-net/',
  search: { from: '/pagefind/', to: '/pagefind-felt/' },
};

/** A built site in a temporary folder, from URL paths and their contents. */
function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'fb-kit-'));
  made.push(dist);
  add(dist, files);
  return dist;
}

function add(dist: string, files: Record<string, string>): void {
  for (const [url, content] of Object.entries(files)) {
    const file = join(dist, url.endsWith('/') ? `${url}index.html` : url);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

const BUILT = {
  '/': PAGE,
  '/soeg/': PAGE,
  '/offline/': PAGE,
  '/offline/uden-net/': PAGE,
  '/model/': PAGE,
  '/model/forandringsteori/': PAGE,
  '/ordliste/': PAGE,
  '/resultater/': PAGE,
  '/resultater/a/': PAGE,
  '/resultater/a/version/1-0/': PAGE,
  '/resultater/f01/': REDIRECT,
  '/vejledninger/g/': PAGE,
  '/vejledninger/g/kort/': PAGE,
  '/kilder/k/': PAGE,
  '/om/': PAGE,
  '/citat/resultater/a.ris': 'TY  - RPRT',
  '/data/resultater.json': '[]',
  '/_astro/style.css': 'body{}',
  '/pagefind/pagefind.js': 'full index',
  '/pagefind-felt/pagefind.js': 'kit index',
  '/pagefind-felt/wasm.da.pagefind': 'wasm',
  '/pagefind-felt/wasm.unknown.pagefind': 'wasm',
  '/pagefind-felt/pagefind-ui.js': 'ui',
  '/pagefind-felt/index/da_1.pf_index': 'chunk',
  '/favicon.svg': '<svg/>',
  '/manifest.webmanifest': '{}',
};

describe('the field kit', () => {
  it('saves the pages of the registry’s field-kit types, the search and its own pages, and their files', () => {
    expect(kitUrls(site(BUILT))).toEqual([
      '/model/',
      '/model/forandringsteori/',
      '/offline/',
      '/offline/uden-net/',
      '/ordliste/',
      '/resultater/',
      '/resultater/a/',
      '/soeg/',
      '/vejledninger/g/',
      '/vejledninger/g/kort/',
      '/_astro/style.css',
      '/pagefind-felt/index/da_1.pf_index',
      '/pagefind-felt/pagefind.js',
      '/pagefind-felt/wasm.da.pagefind',
      '/favicon.svg',
      '/manifest.webmanifest',
    ]);
  });

  it('grows only with its own pages: sources, citation files, data and versions add nothing', () => {
    const dist = site(BUILT);
    const before = kitList(dist, WORKER);
    for (let i = 0; i < 50; i++) {
      add(dist, {
        [`/kilder/k${i}/`]: PAGE,
        [`/citat/resultater/r${i}.bib`]: '@techreport{}',
        [`/resultater/a/version/1-${i + 1}/`]: PAGE,
        [`/pagefind/fragment/f${i}.pf_fragment`]: 'fragment',
      });
    }
    expect(kitList(dist, WORKER)).toEqual(before);
    add(dist, { '/resultater/b/': PAGE });
    const after = kitList(dist, WORKER);
    expect(after.bytes).toBe(before.bytes + PAGE.length);
    expect(after.stamp).not.toBe(before.stamp);
  });

  it('writes its size and stamp into pages, the same values however often it runs', () => {
    const html = '<span data-kit-size>__FB_FELT__</span><div data-kit-stamp="__FB_FELT__">';
    const once = stamped(html, { bytes: 1_234_567, stamp: 'abc' });
    expect(once).toBe('<span data-kit-size>ca. 1,2 MB</span><div data-kit-stamp="abc">');
    expect(stamped(once, { bytes: 1_234_567, stamp: 'abc' })).toBe(once);
  });

  it('says its size as Danish readers do', () => {
    expect(danishSize(1_234_567)).toBe('ca. 1,2 MB');
    expect(danishSize(1_000_000)).toBe('ca. 1,0 MB');
    expect(danishSize(530_000)).toBe('ca. 530 kB');
    expect(danishSize(12_600_000)).toBe('ca. 13 MB');
  });
});
