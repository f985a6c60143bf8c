import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { sortDanish } from './danish-order.ts';
import { isVisible } from './drafts.ts';

/**
 * The one caller of getCollection: it drops drafts from production builds and sorts. The content
 * itself is checked once, before the build, by `npm run check` (src/checks/).
 */

type Entry<C extends CollectionKey> = CollectionEntry<C>;

/** The published entries of a collection, in file order. */
export async function published<C extends CollectionKey>(collection: C): Promise<Entry<C>[]> {
  const entries = (await getCollection(collection)) as Entry<C>[];
  return entries.filter((entry) =>
    isVisible(entry as { data: { draft?: boolean } }, import.meta.env.DEV),
  );
}

const sorted = new Map<CollectionKey, Promise<unknown[]>>();

/**
 * The published entries sorted A–Å by a text of each. A build sorts each collection once, however
 * many pages ask; under `astro dev` content changes while the module lives, so it sorts each time.
 */
async function alphabetical<C extends CollectionKey>(
  collection: C,
  key: (entry: Entry<C>) => string,
): Promise<Entry<C>[]> {
  const sort = async () => sortDanish(await published(collection), key);
  if (import.meta.env.DEV) return sort();
  if (!sorted.has(collection)) sorted.set(collection, sort());
  return [...((await sorted.get(collection)) as Entry<C>[])];
}

/** The intervention model; there is exactly one. */
export async function getModel(): Promise<Entry<'model'>> {
  const [model, ...rest] = await published('model');
  if (!model || rest.length > 0) throw new Error('content/model/ skal indeholde præcis én model');
  return model;
}

/** The phases in their order. */
export async function getPhases(): Promise<Entry<'phases'>[]> {
  return (await published('phases')).sort((a, b) => a.data.order - b.data.order);
}

/** The findings by permanent id, F01 first. */
export function getFindings(): Promise<Entry<'findings'>[]> {
  return alphabetical('findings', (finding) => finding.data.id);
}

/** The newest findings first, for the home page. */
export async function getLatestFindings(count: number): Promise<Entry<'findings'>[]> {
  const findings = await getFindings();
  return [...findings]
    .sort((a, b) => b.data.published.localeCompare(a.data.published))
    .slice(0, count);
}

/** The guides, A–Å. */
export function getGuides(): Promise<Entry<'guides'>[]> {
  return alphabetical('guides', (guide) => guide.data.title);
}

/** The methods, A–Å. */
export function getMethods(): Promise<Entry<'methods'>[]> {
  return alphabetical('methods', (method) => method.data.title);
}

/** The source documents, A–Å. */
export function getSources(): Promise<Entry<'sources'>[]> {
  return alphabetical('sources', (source) => source.data.title);
}

/** The glossary terms, A–Å. */
export function getGlossary(): Promise<Entry<'glossary'>[]> {
  return alphabetical('glossary', (term) => term.data.term);
}

/** Free-standing pages such as /om/ and /privatliv/. */
export function getPages(): Promise<Entry<'pages'>[]> {
  return published('pages');
}

/** The theories of change, each a page under /model/. */
export function getTheoriesOfChange(): Promise<Entry<'theoryOfChange'>[]> {
  return published('theoryOfChange');
}

/** A theory of change by its file name, or the site's first when none is named. */
export async function getTheoryOfChange(id?: string): Promise<Entry<'theoryOfChange'>> {
  const figures = await getTheoriesOfChange();
  const figure = id === undefined ? figures[0] : figures.find((entry) => entry.id === id);
  if (!figure) throw new Error(`content/theory-of-change/${id ?? '*'}.yaml findes ikke`);
  return figure;
}

/** A sequence figure, by its file name in content/sequences/. */
export async function getSequence(id: string): Promise<Entry<'sequences'>> {
  const figure = (await published('sequences')).find((entry) => entry.id === id);
  if (!figure)
    throw new Error(
      `content/sequences/${id}.yaml findes ikke (brugt af <ProcessSequence id="${id}" />)`,
    );
  return figure;
}

/** Resolves references to entries; `npm run check` has already proved they exist. */
export async function resolveReferences<C extends CollectionKey>(
  refs: readonly { collection: C; id: string }[],
): Promise<Entry<C>[]> {
  const entries = await Promise.all(refs.map((ref) => getEntry(ref.collection, ref.id)));
  return entries.map((entry, index) => {
    if (!entry)
      throw new Error(
        `${refs[index]?.collection}/${refs[index]?.id} findes ikke; kør npm run check`,
      );
    return entry as Entry<C>;
  });
}

/** Resolves one reference. */
export async function resolveReference<C extends CollectionKey>(ref: {
  collection: C;
  id: string;
}): Promise<Entry<C>> {
  const [entry] = await resolveReferences([ref]);
  return entry!;
}
