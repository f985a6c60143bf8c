import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { isRedirectPage } from '../../src/lib/built-pages.ts';

/** The built site; `npm test` builds it before the tests run. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** One built HTML page. */
export interface BuiltPage {
  /** The URL path it is served at, such as `/faser/evaluering/` or `/404.html`. */
  url: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? walk(join(dir, item.name)) : [join(dir, item.name)],
  );
}

/** Fails with a plain instruction when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ mangler: kør "npm run build" (npm test gør det selv)');
}

/** Every real page in dist/: no redirect pages, nothing from Pagefind's own folder. */
export function builtPages(): BuiltPage[] {
  return builtHtml().filter((page) => !isRedirectPage(page.html));
}

/** The pages that only redirect: short finding addresses and former URLs. */
export function builtRedirects(): BuiltPage[] {
  return builtHtml().filter((page) => isRedirectPage(page.html));
}

/** Every HTML file in dist/, outside Pagefind's own folder. */
function builtHtml(): BuiltPage[] {
  requireDist();
  return walk(DIST)
    .filter((file) => file.endsWith('.html') && !relative(DIST, file).startsWith('pagefind'))
    .map((file) => {
      const path = `/${relative(DIST, file)}`;
      const url = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
      const html = readFileSync(file, 'utf8');
      return { url, html, root: parse(html) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}
