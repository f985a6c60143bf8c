import { COLLECTIONS, CONTENT_TYPES, type CollectionName } from '../content-types.ts';
import { overviewUrl } from './urls.ts';

/** One item of the main menu. */
export interface NavItem {
  href: string;
  label: string;
}

/** The menu label of a collection: its own, or its overview's name. */
export function navLabel(collection: CollectionName): string {
  const type = CONTENT_TYPES[collection];
  return ('nav' in type && 'label' in type.nav ? type.nav.label : undefined) ?? type.name.many;
}

/** The main menu, in the registry's nav order: one item per collection that has a place in it. */
export const MAIN_NAV: readonly NavItem[] = COLLECTIONS.flatMap((name) => {
  const type = CONTENT_TYPES[name];
  const href = overviewUrl(name);
  return 'nav' in type && href ? [{ order: type.nav.order, href, label: navLabel(name) }] : [];
})
  .sort((a, b) => a.order - b.order)
  .map(({ href, label }) => ({ href, label }));
