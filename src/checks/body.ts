import { CONTENT_TYPES, type CollectionName } from '../content-types.ts';
import { lineAt, type SourceFile } from '../lib/content-source.ts';
import { PLACEHOLDER } from './placeholders.ts';
import type { AuditLine, Check } from './types.ts';

/** True for the types written as Markdown or MDX, whose files have a body to read. */
export function hasBody(collection: string): boolean {
  const type = CONTENT_TYPES[collection as CollectionName];
  return type?.extensions.some((extension) => extension !== 'yaml') ?? false;
}

/** Where each pattern is found in a body, as lines in the file. */
function linesOf(file: SourceFile, pattern: RegExp): number[] {
  return [...file.body.matchAll(pattern)].map((match) =>
    lineAt(file.body, match.index, file.bodyLine),
  );
}

function problems(file: SourceFile): AuditLine[] {
  const found = (line: number, message: string): AuditLine => ({
    level: 'fejl',
    file: file.file,
    line,
    message,
  });
  return [
    ...(file.body.trim() === ''
      ? [found(file.bodyLine, 'brødteksten er tom; skriv mindst et afsnit under frontmatter')]
      : []),
    ...linesOf(file, /!\[\s*\]\(/g).map((line) =>
      found(line, 'billedet mangler alt-tekst: skriv en beskrivelse mellem [ og ]'),
    ),
    ...linesOf(file, /<img\b(?![^>]*\balt="[^"]+")[^>]*>/g).map((line) =>
      found(line, 'billedet mangler alt-tekst: tilføj alt="…" med en beskrivelse'),
    ),
    ...linesOf(file, new RegExp(PLACEHOLDER, 'g')).map((line) =>
      found(line, 'der står stadig en pladsholder (UDFYLD) i brødteksten'),
    ),
  ];
}

/**
 * Reports what the schema cannot see in a Markdown or MDX body: an empty body, images without
 * alt text and placeholders left from `npm run new`.
 */
export const body: Check<AuditLine[]> = (files) =>
  files.flatMap((file) =>
    file.collection && file.data !== undefined && hasBody(file.collection) ? problems(file) : [],
  );
