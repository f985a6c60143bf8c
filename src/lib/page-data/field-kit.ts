import { COLLECTIONS, CONTENT_TYPES } from '../../content-types.ts';
import { published } from '../content.ts';
import { navLabel } from '../nav.ts';
import { originLabels } from '../origins.ts';
import { entryAddress, overviewUrl } from '../urls.ts';

/** One kind of page in the field kit, with its pages, for the kit's two pages. */
export interface KitGroup {
  name: string;
  href: string;
  /** Each page, with the mark of its origin when that is another process than the site's own. */
  pages: { title: string; href: string; origin: string }[];
}

/**
 * What the field kit saves, by content type, from the registry: each type marked `fieldKit`,
 * with its overview and, where entries have pages of their own, each entry.
 */
export async function getKitGroups(): Promise<KitGroup[]> {
  const groups = await Promise.all(
    COLLECTIONS.filter((name) => 'fieldKit' in CONTENT_TYPES[name]).map(async (name) => {
      const type = CONTENT_TYPES[name];
      const href = overviewUrl(name);
      if (!href || !('route' in type)) return [];
      const entries = type.route.kind === 'entries' ? await published(name) : [];
      const withOrigin = entries as unknown as {
        data: { origin?: { collection: 'origins'; id: string } };
      }[];
      const labels = withOrigin.every((entry) => entry.data.origin)
        ? await originLabels(withOrigin as Parameters<typeof originLabels>[0])
        : [];
      const pages = entries.flatMap((entry, index) => {
        const data = entry.data as { title?: string };
        const address = entryAddress(name, entry.id);
        return data.title && address
          ? [{ title: data.title, href: address, origin: labels[index] ?? '' }]
          : [];
      });
      return [{ name: navLabel(name), href, pages }];
    }),
  );
  // A type published under another's page (the theory of change under the model) joins it.
  const merged = new Map<string, KitGroup>();
  for (const group of groups.flat()) {
    const known = merged.get(group.href);
    if (known) known.pages.push(...group.pages);
    else merged.set(group.href, { ...group, pages: [...group.pages] });
  }
  return [...merged.values()];
}
