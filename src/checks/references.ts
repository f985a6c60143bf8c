import type { AuditLine, Check, Entry } from './types.ts';

/** A reference as the schemas give it after parsing: the target collection and the entry id. */
export interface EntryReference {
  collection: string;
  id: string;
}

function isReference(value: unknown): value is EntryReference {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 2) return false;
  const { collection, id } = value as Partial<EntryReference>;
  return typeof collection === 'string' && typeof id === 'string';
}

/**
 * Every reference in an entry's data, however deep, with its dotted field.
 * @example referencesIn({ phase: { collection: 'phases', id: 'x' } })
 * // [{ field: 'phase', target: { collection: 'phases', id: 'x' } }]
 */
export function referencesIn(
  value: unknown,
  path: string[] = [],
): { field: string; target: EntryReference }[] {
  if (isReference(value)) return [{ field: path.join('.'), target: value }];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => referencesIn(item, [...path, String(index)]));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => referencesIn(item, [...path, key]));
  }
  return [];
}

function danglingReferences(published: readonly Entry[]): AuditLine[] {
  const existing = new Set(published.map((entry) => `${entry.collection}/${entry.id}`));
  return published.flatMap((entry) =>
    referencesIn(entry.value)
      .filter(({ target }) => !existing.has(`${target.collection}/${target.id}`))
      .map(({ field, target }) => ({
        level: 'fejl' as const,
        file: entry.file,
        line: entry.lineOf(field.split('.')),
        field,
        message:
          `henviser til "${target.id}" i ${target.collection}, ` +
          'som ikke findes eller er en kladde',
      })),
  );
}

/** Finding ids are permanent citations, so two findings with one id must stop the build. */
function repeatedFindingIds(published: readonly Entry[]): AuditLine[] {
  const byId = new Map<string, Entry[]>();
  for (const entry of published) {
    const id = entry.value['id'];
    if (entry.collection !== 'findings' || typeof id !== 'string') continue;
    byId.set(id, [...(byId.get(id) ?? []), entry]);
  }
  return [...byId].flatMap(([id, findings]) =>
    findings.length < 2
      ? []
      : findings.map((finding) => ({
          level: 'fejl' as const,
          file: finding.file,
          line: finding.lineOf(['id']),
          field: 'id',
          message: `har værdien "${id}", som også bruges i ${findings
            .filter((other) => other !== finding)
            .map((other) => other.file)
            .join(', ')}`,
        })),
  );
}

/**
 * Reports references to entries that do not exist or are drafts (Astro only warns about them),
 * and finding ids that more than one finding claims, each with its file and field.
 */
export const references: Check<AuditLine[]> = (_files, { published }) => [
  ...danglingReferences(published),
  ...repeatedFindingIds(published),
];
