import type { CollectionName } from '../content-types.ts';
import { FIXED_PAGES } from '../lib/fixed-pages.ts';
import { shortFindingPath, type UrlClaim } from '../lib/redirects.ts';
import { entryAddress } from '../lib/urls.ts';
import type { Entry } from './types.ts';

/** What a claim names as its file when the page is made by a route, not by a content file. */
export const FIXED_PAGE_FILE = 'src/pages (fast side)';

/**
 * Where an entry is published, split into the page and the anchor on it; undefined for data that
 * only figures show.
 * @example entryPlace({ collection: 'glossary', id: 'recovery' })
 * // { page: '/ordliste/', anchor: 'recovery' }
 */
export function entryPlace({
  collection,
  id,
}: Pick<Entry, 'collection' | 'id'>): { page: string; anchor: string | undefined } | undefined {
  const address = entryAddress(collection as CollectionName, id);
  if (!address) return undefined;
  const [page = '', anchor] = address.split('#');
  return { page, anchor };
}

/**
 * Every claim on an address, with the file and field that makes it: the pages no content file
 * makes, each published entry's own page, its former addresses (`aliases`) and a finding's short
 * address. Two claims on one address are a collision.
 */
export function addressClaims(published: readonly Entry[]): UrlClaim[] {
  const fixed = FIXED_PAGES.map((url) => ({ url, file: FIXED_PAGE_FILE, field: 'adresse' }));
  return [
    ...fixed,
    ...published.flatMap((entry) => {
      const place = entryPlace(entry);
      const aliases = (entry.value['aliases'] as string[] | undefined) ?? [];
      const id = entry.value['id'];
      return [
        ...(place && !place.anchor
          ? [{ url: place.page, file: entry.file, field: 'filnavn' }]
          : []),
        ...aliases.map((url) => ({ url, file: entry.file, field: 'aliases' })),
        ...(entry.collection === 'findings' && typeof id === 'string'
          ? [{ url: shortFindingPath(id), file: entry.file, field: 'id' }]
          : []),
      ];
    }),
  ];
}
