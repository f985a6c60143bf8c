// The field kit as built: its list is current, holds only what the kit is for, and the pages that
// show or use it carry its size and stamp.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  danishSize,
  KIT_LIST_PATH,
  KIT_PLACEHOLDER,
  kitFile,
  kitList,
  MANIFEST_PATH,
  type KitList,
} from '../../src/lib/field-kit.ts';
import { KIT_FALLBACK_PATH, KIT_PATH, SEARCH_PATH } from '../../src/lib/fixed-pages.ts';
import { builtPages, DIST, distFiles, isVersionPage } from '../support/dist.ts';

const kit = JSON.parse(readFileSync(join(DIST, KIT_LIST_PATH), 'utf8')) as KitList;
const page = (url: string) => builtPages().find((p) => p.url === url)!;

describe('the field kit as built', () => {
  it('lists files that exist, and is the list of the files as they are now', () => {
    expect(kit.urls.filter((url) => !existsSync(kitFile(DIST, url)))).toEqual([]);
    expect(kitList(DIST, kit.worker)).toEqual(kit);
  });

  it('saves no citation file, open data, source, redirect, single version or full search index', () => {
    const redirects = new Set(
      builtPages()
        .filter((p) => p.html.includes('http-equiv="refresh"'))
        .map((p) => p.url),
    );
    expect(
      kit.urls.filter(
        (url) =>
          /^\/(?:citat|data|kilder|pagefind)\//.test(url) ||
          isVersionPage(url) ||
          redirects.has(url),
      ),
    ).toEqual([]);
    for (const url of [
      '/model/',
      '/ordliste/',
      '/vejledninger/hold-maanedlige-forbedringsmoeder/',
      SEARCH_PATH,
    ])
      expect(kit.urls).toContain(url);
  });

  it('says its size on /offline/ and gives the search page its stamp; no placeholder is left', () => {
    expect(page(KIT_PATH).root.querySelector('[data-kit-size]')?.textContent).toBe(
      danishSize(kit.bytes),
    );
    expect(
      page(SEARCH_PATH).root.querySelector('[data-kit-stamp]')?.getAttribute('data-kit-stamp'),
    ).toBe(kit.stamp);
    const left = distFiles().filter(
      (file) =>
        /\.(?:html|js|json)$/.test(file) &&
        readFileSync(join(DIST, file), 'utf8').includes(KIT_PLACEHOLDER),
    );
    expect(left).toEqual([]);
  });

  it('lists on the page for unsaved addresses every saved content page', () => {
    const listed = new Set(
      page(KIT_FALLBACK_PATH)
        .root.querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    );
    // The kit's own pages, the search page and the pocket cards are reached from their pages.
    const content = kit.urls.filter(
      (url) =>
        url.endsWith('/') &&
        ![KIT_PATH, KIT_FALLBACK_PATH, SEARCH_PATH].includes(url) &&
        !url.endsWith('/kort/'),
    );
    expect(content.filter((url) => !listed.has(url))).toEqual([]);
  });

  it('is reached from every page’s footer, with a manifest that opens on it', () => {
    const missing = builtPages()
      .filter((p) => !p.html.includes('http-equiv="refresh"'))
      .filter((p) => !p.root.querySelector(`footer a[href="${KIT_PATH}"]`))
      .map((p) => p.url);
    expect(missing).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(DIST, MANIFEST_PATH), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest['lang']).toBe('da');
    expect(kit.urls).toContain(manifest['start_url']);
    expect(kit.urls).toContain((manifest['icons'] as { src: string }[])[0]!.src);
  });
});
