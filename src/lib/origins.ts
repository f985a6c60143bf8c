import type { CollectionEntry } from 'astro:content';
import { published, resolveReference, resolveReferences } from './content.ts';

type Origin = CollectionEntry<'origins'>;

/** Every origin, the site's own intervention first. */
export async function getOrigins(): Promise<Origin[]> {
  const origins = await published('origins');
  return [...origins].sort((a, b) => Number(b.data.primary) - Number(a.data.primary));
}

/** Entries of one origin, as lists show them under the origin's heading. */
export interface OriginGroup<T> {
  origin: Origin;
  items: T[];
}

/**
 * Entries grouped by the process they come from, the site's own first; empty groups are left out.
 * Entries without an origin (phases, sources) belong with the site's own.
 */
export async function groupByOrigin<T>(
  entries: readonly T[],
  originOf: (entry: T) => string | undefined,
): Promise<OriginGroup<T>[]> {
  const origins = await getOrigins();
  const own = origins.find((origin) => origin.data.primary)?.id;
  return origins
    .map((origin) => ({
      origin,
      items: entries.filter((entry) => (originOf(entry) ?? own) === origin.id),
    }))
    .filter((group) => group.items.length > 0);
}

/** The origin's mark for lists and search results; empty for the site's own intervention. */
export function originLabel(origin: Origin): string {
  return origin.data.primary ? '' : origin.data.label;
}

/**
 * A finding's evidence: its own, or else its origin's. A finding with neither stops the build,
 * naming the file and the field.
 */
export async function findingEvidence(finding: CollectionEntry<'findings'>) {
  const origin = await resolveReference(finding.data.origin);
  const evidence = finding.data.evidence ?? origin.data.evidence;
  if (!evidence)
    throw new Error(
      `${finding.filePath ?? finding.id}: feltet evidence mangler, og oprindelsen »${origin.id}« angiver heller ingen evidence`,
    );
  return { origin, evidence };
}

/** The site's own intervention, which pages of no other process belong to. */
export async function getPrimaryOrigin(): Promise<Origin> {
  const [first] = await getOrigins();
  if (!first?.data.primary)
    throw new Error('content/origins/ skal have én oprindelse med primary: true');
  return first;
}

/** What a page of an origin tells the search index: the filter value and the mark. */
export function originSearch(origin: Origin) {
  return { origin: origin.id, originLabel: originLabel(origin) };
}

/** The mark of each entry's origin, in the same order; empty for the site's own. */
export async function originLabels(
  entries: readonly { data: { origin: { collection: 'origins'; id: string } } }[],
): Promise<string[]> {
  const origins = await resolveReferences(entries.map((entry) => entry.data.origin));
  return origins.map(originLabel);
}

/** Entries each with the mark of its origin, for lists on pages of any origin. */
export async function withOriginLabels<
  T extends { data: { origin: { collection: 'origins'; id: string } } },
>(entries: readonly T[]): Promise<{ entry: T; origin: string }[]> {
  const labels = await originLabels(entries);
  return entries.map((entry, index) => ({ entry, origin: labels[index]! }));
}
