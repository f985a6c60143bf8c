/** A source citation as written in frontmatter, after Astro has parsed the reference. */
export interface SourceCitation {
  source: { collection: 'sources'; id: string };
  locator: string;
}

/**
 * The distinct sources behind a set of entries, for pages that list or gather them.
 * Each source appears once, with a locator that sends the reader on to the entries.
 * @example citationsOf([{ data: { sources: [a, a] } }]) // [{ source: a.source, locator: 'Se de enkelte sider' }]
 */
export function citationsOf(
  entries: readonly { data: { sources: readonly SourceCitation[] } }[],
): SourceCitation[] {
  const seen = new Map<string, SourceCitation>();
  for (const entry of entries) {
    for (const { source } of entry.data.sources) {
      if (!seen.has(source.id)) seen.set(source.id, { source, locator: 'se de enkelte sider' });
    }
  }
  return [...seen.values()];
}
