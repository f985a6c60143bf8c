import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { CONTENT_TYPES } from '../../src/content-types.ts';
import { isRedirectPage } from '../../src/lib/built-pages.ts';
import { isVersionPath, pocketCardUrl } from '../../src/lib/urls.ts';

/** The built site; `npm test` builds it before the tests run. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** One built HTML page. */
export interface BuiltPage {
  /** The URL path it is served at, such as `/faser/evaluering/` or `/404.html`. */
  url: string;
  html: string;
  root: HTMLElement;
}

/** Fails with a plain instruction when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ mangler: kør "npm run build" (npm test gør det selv)');
}

/** Every file in dist/, as a path relative to it, in a stable order. */
export function distFiles(): string[] {
  requireDist();
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1))
    .sort();
}

// Parsing every page takes a while and the build tests ask for them many times; a worker reads
// dist/ once and keeps the result, which is why no test may change a parsed page.
let parsed: readonly BuiltPage[] | undefined;

/** Every HTML file in dist/, outside Pagefind's own folder. */
function builtHtml(): readonly BuiltPage[] {
  parsed ??= distFiles()
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => {
      const path = `/${file}`;
      const url = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
      // As a reader reads it: the build's soft hyphens (src/cli/hyphenate.ts) are invisible, so
      // text is compared without them; tests/build/hyphenation.test.ts reads the files as written.
      const html = readFileSync(join(DIST, file), 'utf8').replaceAll('\u00AD', '');
      return { url, html, root: parse(html) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  return parsed;
}

/** Every real page in dist/: no redirect pages, nothing from Pagefind's own folder. */
export function builtPages(): BuiltPage[] {
  return builtHtml().filter((page) => !isRedirectPage(page.html));
}

/** The pages that only redirect: short finding addresses and former URLs. */
export function builtRedirects(): BuiltPage[] {
  return builtHtml().filter((page) => isRedirectPage(page.html));
}

/**
 * True for the page of one version of a finding or guide, such as `/resultater/x/version/1-0/`:
 * reached from its entry's change log, and neither listed nor searched on its own.
 */
export const isVersionPage = isVersionPath;

/**
 * True for a guide's pocket card, such as `/vejledninger/x/kort/`: a page for paper, reached from
 * its guide, and neither listed nor searched on its own, as it repeats the guide.
 */
export function isPocketCard(url: string): boolean {
  const [id] = url.slice(CONTENT_TYPES.guides.route.path.length).split('/');
  return Boolean(id) && url === pocketCardUrl(id!);
}
