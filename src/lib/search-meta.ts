/**
 * The names of the meta fields every page gives Pagefind, shared by the index and the search
 * page's script. Pagefind returns them with each result and also searches them.
 */
export const SEARCH_META = {
  /** The content type's Danish label. */
  type: 'type',
  /** ISO date of the last change. */
  date: 'date',
  /** The origin's mark; pages of the site's own intervention have none. */
  origin: 'origin',
  /** Words readers search with that the page does not use: searched and ranked, never shown. */
  keywords: 'keywords',
} as const;
