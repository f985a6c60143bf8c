import type { AuditLine, Check } from './types.ts';

/** The marker `npm run new` puts where an editor must write the real text. */
export const PLACEHOLDER = 'UDFYLD:';

/** The dotted paths of every text in a value that still holds the placeholder. */
function placeholderFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path.join('.')] : [];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => placeholderFields(item, [...path, String(index)]));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholderFields(item, [...path, key]));
  }
  return [];
}

/** Reports each frontmatter or data field that still holds a placeholder from `npm run new`. */
export const placeholders: Check<AuditLine[]> = (files) =>
  files.flatMap(({ collection, file, data, lineOf }) =>
    collection && data !== undefined
      ? placeholderFields(data).map((field) => ({
          level: 'fejl' as const,
          file,
          line: lineOf(field.split('.')),
          field,
          message: 'der står stadig en pladsholder (UDFYLD); skriv den rigtige tekst',
        }))
      : [],
  );
