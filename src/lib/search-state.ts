/** The URL parameters of the search page's filters, in the order the form shows them. */
export const FILTER_PARAMS = ['type', 'fase', 'maalgruppe', 'oprindelse'] as const;

/** One of the filter parameters. */
type FilterParam = (typeof FILTER_PARAMS)[number];

/** The longest query the search page passes on; longer ones are cut, never rejected. */
export const MAX_QUERY_LENGTH = 200;

/** What a search is: the words and the active filters, exactly what the URL holds. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterParam, string>>;
}

/** Filter values are slugs; anything else in the URL is ignored rather than trusted. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads a search from the page's URL parameters.
 * @example readSearchState(new URLSearchParams('q=møder&type=metode')) // { q: 'møder', filters: { type: 'metode' } }
 */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_PARAMS) {
    const value = params.get(name) ?? '';
    if (SLUG.test(value)) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters };
}

/**
 * The search page URL for a search, so it can be linked and bookmarked.
 * @example searchHref({ q: 'møder', filters: { type: 'metode' } }) // '/soeg/?q=m%C3%B8der&type=metode'
 */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_PARAMS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `/soeg/?${query}` : '/soeg/';
}

/** True when there is something to search for: words or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.q.trim() !== '' || FILTER_PARAMS.some((name) => state.filters[name]);
}

/**
 * Shortens a query for display in a sentence, so a pasted essay does not fill the screen.
 * @example displayQuery('a'.repeat(100)).length // 61
 */
export function displayQuery(q: string, max = 60): string {
  const trimmed = q.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}

/** Danish function words that carry no meaning in a search; every page has them. */
const STOP_WORDS = new Set([
  'af',
  'at',
  'de',
  'den',
  'der',
  'det',
  'du',
  'en',
  'er',
  'et',
  'for',
  'hvad',
  'hvem',
  'hvor',
  'hvordan',
  'hvorfor',
  'i',
  'jeg',
  'kan',
  'man',
  'med',
  'og',
  'om',
  'os',
  'på',
  'skal',
  'som',
  'til',
  'vi',
  'vil',
]);

/**
 * The words Pagefind searches for: the query without Danish function words, so a question such as
 * »hvordan holder vi forbedringsmøder« searches for »holder forbedringsmøder«. A query of only
 * function words is searched as typed.
 * @example searchTerms('Hvordan holder vi forbedringsmøder?') // 'holder forbedringsmøder?'
 */
export function searchTerms(q: string): string {
  const words = q.trim().split(/\s+/).filter(Boolean);
  const meaningful = words.filter(
    (word) => !STOP_WORDS.has(word.toLocaleLowerCase('da').replace(/[^\p{L}]/gu, '')),
  );
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}
