import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, type CollectionName, type ContentType } from '../content-types.ts';
import { CITATION_FORMATS, type CitationExtension } from '../lib/citation-formats.ts';
import type { Entry } from './types.ts';

const PAGES = fileURLToPath(new URL('../pages/', import.meta.url));
const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

/** The download formats of citation files. */
const CITATION_EXTENSIONS = Object.keys(CITATION_FORMATS) as CitationExtension[];

/** The sitemap @astrojs/sitemap writes; an integration, so no file under src/pages names it. */
const SITEMAP = '/sitemap-index.xml';

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => `${item.parentPath}/${item.name}`.slice(dir.length).replace(/^\/?/, '/'));
  } catch {
    return [];
  }
}

/** Endpoints such as src/pages/rss.xml.ts, which serve /rss.xml; dynamic routes are left out. */
function endpoints(): string[] {
  return filesUnder(PAGES)
    .filter((path) => /\.[a-z]+\.ts$/.test(path) && !path.includes('['))
    .map((path) => path.replace(/\.ts$/, ''));
}

/**
 * The citation files of one entry, such as /citat/resultater/<id>.ris: types whose pages have a
 * section to cite from offer them, under their own address.
 */
function citationFiles({ collection, id }: Entry): string[] {
  const type: ContentType | undefined = CONTENT_TYPES[collection as CollectionName];
  const route = type?.route;
  if (!type || !('cite' in type.anchors) || route?.kind !== 'entries') return [];
  return CITATION_EXTENSIONS.map((extension) => `/citat${route.path}${id}.${extension}`);
}

/**
 * Every address the site serves that is a file, not a page: its endpoints (feed, robots.txt),
 * the sitemap, the files in public/ and each citable entry's citation files.
 */
export function servedFiles(published: readonly Entry[]): Set<string> {
  const citations = published.flatMap(citationFiles);
  return new Set([...endpoints(), SITEMAP, ...filesUnder(PUBLIC), ...citations]);
}
