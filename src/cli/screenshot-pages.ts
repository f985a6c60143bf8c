import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_TYPES } from '../content-types.ts';
import { isRedirectPage } from '../lib/built-pages.ts';
import { SEARCH_PATH } from '../lib/fixed-pages.ts';

/** One page to photograph, by a short name for its file. */
export interface ShotPath {
  name: string;
  path: string;
}

/** The first real page (not a redirect) under a built folder, such as /resultater/<id>/. */
function firstPage(dist: string, prefix: string): string | undefined {
  const folder = join(dist, prefix);
  if (!existsSync(folder)) return undefined;
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const file = join(folder, entry.name, 'index.html');
    if (entry.isDirectory() && existsSync(file) && !isRedirectPage(readFileSync(file, 'utf8')))
      return `${prefix}${entry.name}/`;
  }
  return undefined;
}

/** A word of the page's title long enough to search for, so the search shows real results. */
function searchWord(dist: string, path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const title = /<h1[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
  return title.split(/[^\p{L}]+/u).find((word) => word.length >= 8) ?? title.split(' ')[0] ?? '';
}

/**
 * The pages the screenshots show, found in the built site from the registry, so any site the
 * engine builds gets its own: the front page, a finding, a guide, the theory of change, a search.
 */
export function getShotPaths(dist: string): ShotPath[] {
  const route = (name: keyof typeof CONTENT_TYPES) => {
    const type = CONTENT_TYPES[name];
    return 'route' in type && type.route.kind === 'entries' ? type.route.path : undefined;
  };
  const finding = route('findings') && firstPage(dist, route('findings')!);
  const guide = route('guides') && firstPage(dist, route('guides')!);
  const theory = route('theoryOfChange') && firstPage(dist, route('theoryOfChange')!);
  // The newest archived version, whose banner shows what changed.
  const versions =
    finding && existsSync(join(dist, finding, 'version'))
      ? readdirSync(join(dist, finding, 'version')).sort()
      : [];
  const version = versions.length > 1 ? `${finding}version/${versions.at(-1)}/` : undefined;
  return [
    { name: 'forside', path: '/' },
    ...(finding ? [{ name: 'resultat', path: finding }] : []),
    ...(guide ? [{ name: 'vejledning', path: guide }] : []),
    ...(theory ? [{ name: 'forandringsteori', path: theory }] : []),
    ...(version ? [{ name: 'version', path: version }] : []),
    ...(finding
      ? [
          {
            name: 'soegning',
            path: `${SEARCH_PATH}?q=${encodeURIComponent(searchWord(dist, finding))}`,
          },
        ]
      : []),
  ];
}
