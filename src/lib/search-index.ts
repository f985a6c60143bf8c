import { COLLECTIONS, CONTENT_TYPES, type SearchType } from '../content-types.ts';

export type { SearchType };

/** The kinds of content a search can be narrowed to, from the registry: URL slug → Danish label. */
export const SEARCH_TYPES = Object.fromEntries(
  COLLECTIONS.flatMap((name) => {
    const type = CONTENT_TYPES[name];
    return 'search' in type ? [[type.search.slug, type.search.label]] : [];
  }),
) as Record<SearchType, string>;

/** What a page tells the search index about itself, from the same frontmatter that drives the page. */
export interface SearchRecord {
  type: SearchType;
  /** Slugs of the phases the page belongs to. */
  phases?: readonly string[];
  /** The readers the page is for. */
  audiences?: readonly string[];
  /** The process the page comes from, by its slug; pages of no process have none. */
  origin?: string | undefined;
  /** The origin's mark shown with the result; empty for the site's own intervention. */
  originLabel?: string | undefined;
  /** ISO date of the last change. */
  updated?: string;
}

/** The filter and meta values a page gives Pagefind, one `key:value` per attribute. */
export interface SearchFields {
  filters: string[];
  meta: string[];
}

/**
 * What a page tells Pagefind. Filter values are slugs, the same ones the search page puts in
 * its URL; the type's Danish label and the date travel as meta for the result list.
 * @example searchFields({ type: 'metode', phases: ['evaluering'] }).filters // ['type:metode', 'fase:evaluering']
 */
export function searchFields({
  type,
  phases = [],
  audiences = [],
  origin,
  originLabel,
  updated,
}: SearchRecord): SearchFields {
  return {
    filters: [
      `type:${type}`,
      ...phases.map((phase) => `fase:${phase}`),
      ...audiences.map((audience) => `maalgruppe:${audience}`),
      ...(origin ? [`oprindelse:${origin}`] : []),
    ],
    meta: [
      `type:${SEARCH_TYPES[type]}`,
      ...(updated ? [`date:${updated}`] : []),
      ...(originLabel ? [`origin:${originLabel}`] : []),
    ],
  };
}
