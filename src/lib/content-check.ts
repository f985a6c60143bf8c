import { lastChange } from './changelog.ts';
import { duplicateFindingIds } from './finding-ids.ts';
import { findDanglingReferences } from './references.ts';

/** An entry as loaded from one content file. */
export interface LoadedEntry {
  /** The entry id, which is its file name without extension. */
  id: string;
  /** The file path, relative to the project. */
  file: string;
  /** The parsed frontmatter or data. */
  data: unknown;
}

/**
 * Every problem in a set of collections that a schema cannot see on its own:
 * references to entries that do not exist (or are drafts) and repeated finding ids.
 * Each line names the file and the field, in Danish, for the editor who must fix it.
 * @param collections the published entries of each collection, by collection name
 */
export function contentProblems(collections: ReadonlyMap<string, readonly LoadedEntry[]>): string[] {
  const existing = new Map([...collections].map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))]));
  const all = [...collections.values()].flat();
  const problems = findDanglingReferences(all, existing).map(
    ({ file, field, target }) =>
      `${file}: feltet "${field}" henviser til "${target.id}" i ${target.collection}, som ikke findes eller er en kladde`,
  );
  const findings = (collections.get('findings') ?? []).map((entry) => ({
    file: entry.file,
    id: String((entry.data as { id?: unknown }).id),
  }));
  for (const { id, files } of duplicateFindingIds(findings)) {
    problems.push(`${files.join(', ')}: feltet "id" har samme værdi "${id}" i flere resultater`);
  }
  for (const entry of all) problems.push(...changelogMismatch(entry));
  return problems;
}

/** A versioned entry's "Sidst opdateret" must be the date of its newest change log line. */
function changelogMismatch(entry: LoadedEntry): string[] {
  const data = entry.data as { updated?: unknown; changelog?: { date: string }[] };
  const newest = lastChange(data.changelog ?? []);
  if (!newest || data.updated === newest) return [];
  return [`${entry.file}: feltet "updated" er ${String(data.updated)}, men den nyeste linje i "changelog" er fra ${newest}; de skal være ens`];
}
