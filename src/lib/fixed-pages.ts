import { COLLECTIONS, CONTENT_TYPES } from '../content-types.ts';
import { AUDIENCES } from './audiences.ts';

/** The front page. */
export const HOME_PATH = '/';
/** The feed of findings and guides; its route is src/pages/rss.xml.ts. */
export const FEED_PATH = '/rss.xml';
/** The search page. */
export const SEARCH_PATH = '/soeg/';
/** The A–Å list of every page, which stands in for search without JavaScript. */
export const ALL_PAGES_PATH = '/sider/';
/** The open data: the content as JSON and CSV, with a JSON Schema for each file. */
export const DATA_PATH = '/data/';
/** The page that explains the field kit and saves it for use without a network, or removes it. */
export const KIT_PATH = '/offline/';
/** The page shown for an address that is not saved, when there is no network. */
export const KIT_FALLBACK_PATH = '/offline/uden-net/';

/**
 * The page for one reader, under /for/.
 * @example audiencePath('kommune') // '/for/kommune/'
 */
export function audiencePath(audience: string): string {
  return `/for/${audience}/`;
}

/** The overview page of every collection that lists its entries on one page, by collection. */
export const OVERVIEW_PATHS = Object.fromEntries(
  COLLECTIONS.flatMap((name) => {
    const type = CONTENT_TYPES[name];
    const route = 'route' in type ? type.route : undefined;
    return route && (route.kind === 'entries' || route.kind === 'anchors') && 'nav' in type
      ? [[name, route.path]]
      : [];
  }),
) as Partial<Record<(typeof COLLECTIONS)[number], string>>;

/** Pages that no content file makes: home, search, the A–Å list, the overviews and the readers' pages. */
export const FIXED_PAGES: readonly string[] = [
  HOME_PATH,
  SEARCH_PATH,
  ALL_PAGES_PATH,
  DATA_PATH,
  KIT_PATH,
  KIT_FALLBACK_PATH,
  ...Object.values(OVERVIEW_PATHS),
  ...AUDIENCES.map(audiencePath),
];
