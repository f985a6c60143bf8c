/** A reference as Astro stores it after parsing: the target collection and the entry id. */
export interface EntryReference {
  collection: string;
  id: string;
}

/** A reference that points at no entry, with where it was found. */
export interface DanglingReference {
  /** The file that holds the reference. */
  file: string;
  /** The frontmatter field, as a dotted path such as `sources.0.source`. */
  field: string;
  /** The reference itself. */
  target: EntryReference;
}

/** An entry as the reference check sees it. */
export interface ReferencingEntry {
  file: string;
  data: unknown;
}

function isReference(value: unknown): value is EntryReference {
  return (
    typeof value === 'object' && value !== null && Object.keys(value).length === 2 &&
    typeof (value as EntryReference).collection === 'string' && typeof (value as EntryReference).id === 'string'
  );
}

function collect(value: unknown, path: string[], found: { field: string; target: EntryReference }[]): void {
  if (isReference(value)) {
    found.push({ field: path.join('.'), target: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, [...path, String(index)], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) collect(item, [...path, key], found);
  }
}

/**
 * Finds every reference in the entries' data that names an entry that does not exist.
 * Astro only warns about these, so the build and the tests call this to fail instead.
 * @param entries the entries to check, with the file each came from
 * @param existing the ids that exist, per collection
 */
export function findDanglingReferences(
  entries: readonly ReferencingEntry[],
  existing: ReadonlyMap<string, ReadonlySet<string>>,
): DanglingReference[] {
  const dangling: DanglingReference[] = [];
  for (const entry of entries) {
    const found: { field: string; target: EntryReference }[] = [];
    collect(entry.data, [], found);
    for (const { field, target } of found) {
      if (!existing.get(target.collection)?.has(target.id)) dangling.push({ file: entry.file, field, target });
    }
  }
  return dangling;
}
