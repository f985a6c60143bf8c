import { COLLECTIONS, CONTENT_TYPES, type SearchType } from '../content-types.ts';
import { SEARCH_META } from './search-meta.ts';

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
  /** Words readers search with that the page does not use; searched, never shown. */
  keywords?: readonly string[];
}

/** The filter and meta values a page gives Pagefind, one `key:value` per attribute. */
export interface SearchFields {
  filters: string[];
  meta: string[];
}

/**
 * What a page tells Pagefind. Filter values are slugs, the same ones the search page puts in
 * its URL; the type's Danish label, the date and the origin's mark travel as meta for the result
 * list, the keywords as meta for the search itself.
 * @example searchFields({ type: 'metode', phases: ['evaluering'] }).filters // ['type:metode', 'fase:evaluering']
 */
export function searchFields({
  type,
  phases = [],
  audiences = [],
  origin,
  originLabel,
  updated,
  keywords = [],
}: SearchRecord): SearchFields {
  return {
    filters: [
      `type:${type}`,
      ...phases.map((phase) => `fase:${phase}`),
      ...audiences.map((audience) => `maalgruppe:${audience}`),
      ...(origin ? [`oprindelse:${origin}`] : []),
    ],
    meta: [
      `${SEARCH_META.type}:${SEARCH_TYPES[type]}`,
      ...(updated ? [`${SEARCH_META.date}:${updated}`] : []),
      ...(originLabel ? [`${SEARCH_META.origin}:${originLabel}`] : []),
      // Pagefind searches meta too, so a synonym finds its page without being shown on it; an
      // inline meta value runs to the end of the attribute, commas and all.
      ...(keywords.length > 0 ? [`${SEARCH_META.keywords}:${keywords.join(', ')}`] : []),
    ],
  };
}
