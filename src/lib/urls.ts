/** The URL prefix of each collection that has a page per entry. */
const COLLECTION_PATHS = {
  phases: '/faser/',
  findings: '/resultater/',
  guides: '/vejledninger/',
  methods: '/metoder/',
  sources: '/kilder/',
} as const;

/** A collection whose entries each get their own page under a fixed prefix. */
export type PagedCollection = keyof typeof COLLECTION_PATHS;

/**
 * The permanent URL of an entry's page, with the trailing slash the site always uses.
 * @example entryUrl('phases', 'evaluering') // '/faser/evaluering/'
 */
export function entryUrl(collection: PagedCollection, id: string): string {
  return `${COLLECTION_PATHS[collection]}${id}/`;
}

/**
 * The URL of a glossary term: an anchor on the A–Å page.
 * @example glossaryUrl('recovery') // '/ordliste/#recovery'
 */
export function glossaryUrl(id: string): string {
  return `/ordliste/#${id}`;
}

/** The URL of a free-standing page such as `om` or `om/redaktion`. */
export function pageUrl(id: string): string {
  return `/${id}/`;
}
