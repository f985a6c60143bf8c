/** An issue as Zod reports it; only the parts the messages need. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  keys?: string[];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'felter',
  date: 'en dato',
};

/**
 * Describes a value from the file the way an editor would recognise it.
 * @example describeValue(['a']) // 'en liste'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'intet';
  if (value === null) return 'en tom værdi';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'felter';
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

function typeName(expected: unknown): string {
  return TYPE_NAMES[String(expected)] ?? String(expected);
}

/**
 * Turns a Zod issue into one Danish sentence: what was expected and what was found.
 * @example
 * issueMessage({ code: 'invalid_type', path: ['title'], message: '', expected: 'string' }, {})
 * // 'mangler; skriv en tekst'
 */
export function issueMessage(issue: SchemaIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  const isList = issue.origin === 'array';
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `mangler; skriv ${typeName(issue.expected)}`
        : `skal være ${typeName(issue.expected)}, men er ${describeValue(found)}`;
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map((value) => `"${String(value)}"`).join(', ');
      return `skal være en af ${allowed}, men er ${describeValue(found)}`;
    }
    case 'too_small': {
      const count = Array.isArray(found) ? found.length : 0;
      return isList
        ? `skal have mindst ${String(issue.minimum)} punkt(er), men har ${count}`
        : 'må ikke være tom';
    }
    case 'too_big':
      return isList ? `må højst have ${String(issue.maximum)} punkt(er)` : 'er for lang';
    case 'unrecognized_keys':
      return 'er ikke et kendt felt og ville blive tabt; er det stavet rigtigt?';
    default: {
      // Our own refinements and formats already speak Danish.
      if (!/^[A-ZÆØÅ]/.test(issue.message))
        return `har ikke den rigtige form (${describeValue(found)})`;
      const sentence = `${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
      return `${sentence}, men er ${describeValue(found)}`;
    }
  }
}
