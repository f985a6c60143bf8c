import type { SourceFile } from '../lib/content-source.ts';
import type { AuditLine, Check, Schema } from './types.ts';
import { issueMessage, type SchemaIssue } from './zod-messages.ts';

/** One issue per unknown field, so each is reported at its own line. */
function perField(issue: SchemaIssue): SchemaIssue[] {
  if (issue.code !== 'unrecognized_keys') return [issue];
  return (issue.keys ?? []).map((key) => ({ ...issue, path: [...issue.path, key] }));
}

function problems(file: SourceFile, schema: Schema): AuditLine[] {
  // Strict, so a misspelt field is reported instead of silently dropped.
  const result = (schema.strict?.() ?? schema).safeParse(file.data);
  return (result.error?.issues ?? []).flatMap(perField).map((issue) => ({
    level: 'fejl',
    file: file.file,
    line: file.lineOf(issue.path),
    field: issue.path.join('.'),
    message: issueMessage(issue, file.data),
  }));
}

/**
 * Reports every field that does not match its collection's schema, and every field the schema
 * does not know, each with its line and what was expected and found.
 */
export const schema: Check<AuditLine[]> = (files, { schemas }) =>
  files.flatMap((file) => {
    const own = file.collection ? schemas[file.collection] : undefined;
    return own && file.data !== undefined ? problems(file, own) : [];
  });
