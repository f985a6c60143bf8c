/**
 * An in-memory `astro:content` for unit tests of the page-data functions, as Starlight's
 * `__tests__/test-utils.ts` mocks it: tests say which entries exist, and the queries and page
 * data run against them without building a site.
 */

/** An entry as the mocked collections hold it. */
export interface MockEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  filePath?: string;
  /** The headings render() reports for the entry's body. */
  headings?: { depth: number; slug: string; text: string }[];
}

const store = new Map<string, MockEntry[]>();

/** Replaces every collection with the given entries; the collection name is filled in. */
export function setCollections(collections: Record<string, Omit<MockEntry, 'collection'>[]>): void {
  store.clear();
  for (const [collection, entries] of Object.entries(collections)) {
    store.set(
      collection,
      entries.map((entry) => ({ ...entry, collection })),
    );
  }
}

/** A reference as Astro's schema gives it after parsing. */
export function ref(collection: string, id: string): { collection: string; id: string } {
  return { collection, id };
}

export async function getCollection(collection: string): Promise<MockEntry[]> {
  return [...(store.get(collection) ?? [])];
}

export async function getEntry(collection: string, id: string): Promise<MockEntry | undefined> {
  return store.get(collection)?.find((entry) => entry.id === id);
}

export async function render(entry: MockEntry) {
  return { Content: () => null, headings: entry.headings ?? [], remarkPluginFrontmatter: {} };
}
