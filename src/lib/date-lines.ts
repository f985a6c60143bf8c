/** A date in a content file's text that names no real day. */
export interface InvalidDate {
  /** 1-based line number in the file. */
  line: number;
  field: string;
  value: string;
}

const DATE_FIELD = /^\s*(?:-\s+)?([A-Za-z]+):\s*["']?(\d{4}-\d{1,2}-\d{1,2})["']?\s*(?:#.*)?$/;

/**
 * Finds dates such as `updated: 2026-13-25` in frontmatter text. YAML turns those into a
 * real but different day (month 13 becomes January next year), so the schema never sees
 * the mistake; reading the text is the only way to catch it.
 * @example invalidDates('updated: 2026-02-30') // [{ line: 1, field: 'updated', value: '2026-02-30' }]
 */
export function invalidDates(text: string): InvalidDate[] {
  return text.split('\n').flatMap((content, index) => {
    const match = DATE_FIELD.exec(content);
    if (!match) return [];
    const [, field = '', value = ''] = match;
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return real && /^\d{4}-\d{2}-\d{2}$/.test(value) ? [] : [{ line: index + 1, field, value }];
  });
}
