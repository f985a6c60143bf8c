/** An issue as Zod reports it; only the parts the messages need. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
  minimum?: unknown;
  origin?: string;
  keys?: string[];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'en tekst', number: 'et tal', boolean: 'true eller false', array: 'en liste', object: 'felter', date: 'en dato',
};

/** Describes a value from the file the way an editor would recognise it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'intet';
  if (value === null) return 'en tom værdi';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'felter';
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * Turns a Zod issue into one Danish sentence: what was expected and what was found.
 * @example issueMessage({ code: 'invalid_type', path: ['title'], message: '', expected: 'string' }, {}) // 'mangler; skriv en tekst'
 */
export function issueMessage(issue: SchemaIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `mangler; skriv ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}`
        : `skal være ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}, men er ${describeValue(found)}`;
    case 'invalid_value':
      return `skal være en af ${(issue.values ?? []).map((v) => `"${String(v)}"`).join(', ')}, men er ${describeValue(found)}`;
    case 'too_small':
      return issue.origin === 'array' ? `skal have mindst ${String(issue.minimum)} punkt(er), men har ${Array.isArray(found) ? found.length : 0}` : `må ikke være tom`;
    case 'too_big':
      return issue.origin === 'array' ? `må højst have ${String((issue as { maximum?: unknown }).maximum)} punkt(er)` : 'er for lang';
    case 'unrecognized_keys':
      return `er ikke et kendt felt og ville blive tabt; er det stavet rigtigt?`;
    default:
      // Our own refinements and formats already speak Danish.
      return /^[A-ZÆØÅ]/.test(issue.message) ? `${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}, men er ${describeValue(found)}` : `har ikke den rigtige form (${describeValue(found)})`;
  }
}
