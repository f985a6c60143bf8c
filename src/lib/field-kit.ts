// The field kit: the pages and files a reader may save for use without a network. Plain Node, so
// the build step (src/cli/field-kit.ts) and the tests read the same list.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_TYPES } from '../content-types.ts';
import { isRedirectPage } from './built-pages.ts';
import { KIT_FALLBACK_PATH, KIT_PATH, SEARCH_PATH } from './fixed-pages.ts';
import { isVersionPath } from './urls.ts';

/** The kit's list: its version stamp, its size and every URL in it. */
export const KIT_LIST_PATH = '/offline/kit.json';
/** The site's full search index, which the saved search replaces with the kit's own. */
export const SEARCH_INDEX_PATH = '/pagefind/';
/** The search index of the kit's pages alone, so the saved search finds only what is saved. */
export const KIT_SEARCH_PATH = '/pagefind-felt/';
/** The web app manifest, so the kit can be added to a phone's home screen. */
export const MANIFEST_PATH = '/manifest.webmanifest';
/** Stands in for values the kit step fills in after the build, when the files are final. */
export const KIT_PLACEHOLDER = '__FB_FELT__';

/** What the kit's list says, as `kit.json` holds it. */
export interface KitList {
  /** Changes whenever any saved file changes; the worker compares it to decide to refresh. */
  stamp: string;
  /** The total size of the saved files, in bytes. */
  bytes: number;
  /** Every saved URL, pages first. */
  urls: string[];
  /** What the service worker needs that the build knows: its texts and paths. */
  worker: {
    texts: { offline: string; refreshed: string };
    fallback: string;
    search: { from: string; to: string };
  };
}

/** The URL path of a built HTML file. */
function pagePath(dist: string, file: string): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every index.html under a folder of the built site, at any depth. */
function htmlUnder(dist: string, path: string): string[] {
  const folder = join(dist, path);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The kit's pages, from the content-type registry: every page of the types marked `fieldKit`
 * (their overviews and entries, with a guide's pocket card), the search page and the kit's own two
 * pages. Never a redirect, a single version's page or anything of another type.
 */
export function kitPages(dist: string): string[] {
  const pages = new Set<string>([KIT_PATH, KIT_FALLBACK_PATH, SEARCH_PATH]);
  for (const type of Object.values(CONTENT_TYPES)) {
    if (!('fieldKit' in type) || !('route' in type) || !('path' in type.route)) continue;
    const { kind, path } = type.route;
    const files = kind === 'entries' ? htmlUnder(dist, path) : [join(dist, path, 'index.html')];
    for (const file of files) {
      const url = pagePath(dist, file);
      if (!existsSync(file) || isVersionPath(url)) continue;
      if (!isRedirectPage(readFileSync(file, 'utf8'))) pages.add(url);
    }
  }
  return [...pages].sort();
}

/** Every file in a folder of the built site, as URL paths. */
function filesUnder(dist: string, path: string): string[] {
  const folder = join(dist, path);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}

/**
 * Everything the kit saves: its pages, the site's styles and scripts (a fixed set, whatever the
 * content), the icon and manifest, and the kit's own search index, which holds only its pages.
 * Citation files, open data, redirects and the full search index are left out.
 */
export function kitUrls(dist: string): string[] {
  return [
    ...kitPages(dist),
    ...filesUnder(dist, '/_astro/'),
    // Pagefind's engine, its Danish WebAssembly and the index; not its ready-made interfaces.
    ...filesUnder(dist, KIT_SEARCH_PATH).filter((url) => !UNUSED_SEARCH_FILES.test(url)),
    '/favicon.svg',
    MANIFEST_PATH,
  ].filter((url, index, all) => all.indexOf(url) === index);
}

/** Files Pagefind writes that the site's own search page never loads. */
const UNUSED_SEARCH_FILES =
  /\/(?:pagefind-(?:component-|modular-)?ui|pagefind-highlight)\.|\/wasm\.unknown\./;

/** The file a kit URL is served from. */
export function kitFile(dist: string, url: string): string {
  return join(dist, url.endsWith('/') ? `${url}index.html` : url);
}

/** A page's HTML with the kit's own values put back to the placeholder, so the stamp is of the content. */
function unstamped(html: string): string {
  return html
    .replace(/(data-kit-size[^>]*>)[^<]*/g, `$1${KIT_PLACEHOLDER}`)
    .replace(/(data-kit-stamp=")[^"]*/g, `$1${KIT_PLACEHOLDER}`);
}

/**
 * Writes the kit's size and stamp into the pages that show or use them; run again, it writes
 * the same values in the same places.
 */
export function stamped(html: string, kit: Pick<KitList, 'bytes' | 'stamp'>): string {
  return unstamped(html)
    .replaceAll(
      new RegExp(`(data-kit-size[^>]*>)${KIT_PLACEHOLDER}`, 'g'),
      `$1${danishSize(kit.bytes)}`,
    )
    .replaceAll(new RegExp(`(data-kit-stamp=")${KIT_PLACEHOLDER}`, 'g'), `$1${kit.stamp}`);
}

/** The kit's list: its URLs, their total size and a stamp of their contents. */
export function kitList(dist: string, worker: KitList['worker']): KitList {
  const urls = kitUrls(dist);
  const hash = createHash('sha256');
  let bytes = 0;
  for (const url of urls) {
    const file = kitFile(dist, url);
    // Pages are measured and stamped as they were before their size and stamp were written in.
    const content = url.endsWith('/')
      ? Buffer.from(unstamped(readFileSync(file, 'utf8')))
      : readFileSync(file);
    bytes += content.length;
    hash.update(url).update('\0').update(content).update('\0');
  }
  return { stamp: hash.digest('hex').slice(0, 16), bytes, urls, worker };
}

/**
 * A size as Danish readers say it, rounded to what matters.
 * @example danishSize(1_234_567) // 'ca. 1,2 MB'
 * @example danishSize(530_000) // 'ca. 530 kB'
 */
export function danishSize(bytes: number): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'MB'] : [bytes / 1000, 'kB'];
  const digits = value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat('da-DK', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return `ca. ${number} ${unit}`;
}
