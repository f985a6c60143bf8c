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

/** A mistake in the content, with where it is and what is wrong, in Danish. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * Every problem in a set of collections that a schema cannot see on its own: references to
 * entries that do not exist (or are drafts), repeated finding ids, and a "Sidst opdateret" date
 * that does not follow the change log.
 * @param collections the published entries of each collection, by collection name
 */
export function contentProblems(collections: ReadonlyMap<string, readonly LoadedEntry[]>): ContentProblem[] {
  const existing = new Map([...collections].map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))]));
  const all = [...collections.values()].flat();
  const problems: ContentProblem[] = findDanglingReferences(all, existing).map(({ file, field, target }) => ({
    file,
    field,
    message: `henviser til "${target.id}" i ${target.collection}, som ikke findes eller er en kladde`,
  }));
  const findings = (collections.get('findings') ?? []).map((entry) => ({ file: entry.file, id: String((entry.data as { id?: unknown }).id) }));
  for (const { id, files } of duplicateFindingIds(findings)) {
    for (const file of files) problems.push({ file, field: 'id', message: `har værdien "${id}", som også bruges i ${files.filter((f) => f !== file).join(', ')}` });
  }
  for (const entry of all) problems.push(...changelogMismatch(entry));
  return problems;
}

/** Writes a problem as one line: file, field and what is wrong. */
export function formatProblem({ file, field, message }: ContentProblem): string {
  return `${file}: feltet "${field}" ${message}`;
}

/** A versioned entry's "Sidst opdateret" must be the date of its newest change log line. */
function changelogMismatch(entry: LoadedEntry): ContentProblem[] {
  const data = entry.data as { updated?: unknown; changelog?: { date: string }[] };
  const newest = lastChange(data.changelog ?? []);
  if (!newest || data.updated === newest) return [];
  return [{ file: entry.file, field: 'updated', message: `er ${String(data.updated)}, men den nyeste linje i "changelog" er fra ${newest}; de skal være ens` }];
}
