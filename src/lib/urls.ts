import { CONTENT_TYPES, type CollectionName, type EntryCollection } from '../content-types.ts';

/**
 * The permanent URL of an entry's page, with the trailing slash the site always uses.
 * @example entryUrl('phases', 'evaluering') // '/faser/evaluering/'
 */
export function entryUrl(collection: EntryCollection, id: string): string {
  return `${CONTENT_TYPES[collection].route.path}${id}/`;
}

/**
 * The address of a guide's printable pocket card, a folder below the guide's own page.
 * @example pocketCardUrl('organiser-de-fire-faser') // '/vejledninger/organiser-de-fire-faser/kort/'
 */
export function pocketCardUrl(id: string): string {
  return `${entryUrl('guides', id)}kort/`;
}

/** The URL of a free-standing page such as `om` or `om/redaktion`. */
export function pageUrl(id: string): string {
  return `/${id}/`;
}

/**
 * Where an entry of any collection is published: its own page, the one page of its type, an
 * anchor on its overview, the page of an earlier version, or nowhere (data that only figures show).
 * @example entryAddress('glossary', 'recovery') // '/ordliste/#recovery'
 * @example entryAddress('versions', 'findings/x/1-0') // '/resultater/x/version/1-0/'
 */
export function entryAddress(collection: CollectionName, id: string): string | undefined {
  const type = CONTENT_TYPES[collection];
  if (!('route' in type)) return undefined;
  const route = type.route;
  switch (route.kind) {
    case 'entries':
      return `${route.path}${id}/`;
    case 'single':
      return route.path;
    case 'anchors':
      return `${route.path}#${id}`;
    case 'free':
      return pageUrl(id);
    case 'versions': {
      const [folder, entryId, version] = id.split('/');
      const of = Object.values(CONTENT_TYPES).find((other) => other.folder === folder);
      return of && 'route' in of && of.route.kind === 'entries' && entryId && version
        ? `${of.route.path}${entryId}/version/${version}/`
        : undefined;
    }
  }
}

/**
 * True for the page of one version of an entry, as entryAddress('versions', …) writes it.
 * @example isVersionPath('/resultater/x/version/1-0/') // true
 */
export function isVersionPath(path: string): boolean {
  return /\/version\/\d+-\d+\/$/.test(path);
}

/**
 * The overview page that lists a collection, for trails and menus.
 * @example overviewUrl('findings') // '/resultater/'
 */
export function overviewUrl(collection: CollectionName): string | undefined {
  const type = CONTENT_TYPES[collection];
  return 'route' in type && 'path' in type.route ? type.route.path : undefined;
}

/**
 * The address a URL path resolves to on the live site, joined to the site's origin.
 * @example absoluteUrl('/model/', 'https://example.dk') // 'https://example.dk/model/'
 */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin).href;
}
