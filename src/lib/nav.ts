import { COLLECTIONS, CONTENT_TYPES } from '../content-types.ts';
import { navLabel } from './page-data/frame.ts';
import { overviewUrl } from './urls.ts';

/** One item of the main menu. */
export interface NavItem {
  href: string;
  label: string;
}

/** The main menu, in the registry's nav order: one item per collection that has a place in it. */
export const MAIN_NAV: readonly NavItem[] = COLLECTIONS.flatMap((name) => {
  const type = CONTENT_TYPES[name];
  const href = overviewUrl(name);
  return 'nav' in type && href ? [{ order: type.nav.order, href, label: navLabel(name) }] : [];
})
  .sort((a, b) => a.order - b.order)
  .map(({ href, label }) => ({ href, label }));
