import type { SourceFile } from '../lib/content-source.ts';
import { addresses } from './addresses.ts';
import { body } from './body.ts';
import { changelog } from './changelog.ts';
import { createContext } from './context.ts';
import { linksAndAnchors } from './links-and-anchors.ts';
import { mdx } from './mdx.ts';
import { placeholders } from './placeholders.ts';
import { quotations } from './quotations.ts';
import { references } from './references.ts';
import { schema } from './schema.ts';
import { slugs } from './slugs.ts';
import { strayFiles } from './stray-files.ts';
import type { AuditLine, Check, Schema } from './types.ts';
import { yaml } from './yaml.ts';

/**
 * Every check, in the order an editor fixes things: files in the wrong place, syntax, fields,
 * then what ties entries together, then links.
 */
export const CHECKS: readonly Check[] = [
  strayFiles,
  yaml,
  mdx,
  schema,
  placeholders,
  body,
  slugs,
  references,
  addresses,
  linksAndAnchors,
  changelog,
  quotations,
];

/**
 * Checks all content at once and reports every problem, each with file, line where possible,
 * field, and what was expected and found. Errors stop the build; warnings do not.
 * @param files every file under content/, read by readContentTree
 * @param schemas each collection's schema, from src/content.config.ts
 * @param options.threads worker threads for compiling MDX; by default as many as pay off
 * @returns the report, one file's lines together, in the order of `files`
 */
export async function runChecks(
  files: readonly SourceFile[],
  schemas: Readonly<Record<string, Schema>>,
  options: { threads?: number } = {},
): Promise<AuditLine[]> {
  const context = createContext(files, schemas, options.threads);
  // Started together, so the checks that do not wait for the MDX compiler run while it works.
  const report = (await Promise.all(CHECKS.map((check) => check(files, context)))).flat();
  const order = new Map(files.map((file, index) => [file.file, index]));
  // Stable, so one file's lines keep the checks' order.
  return report.sort(
    (a, b) => (order.get(a.file) ?? files.length) - (order.get(b.file) ?? files.length),
  );
}

/**
 * Writes a report line the way `npm run check` prints it.
 * @example formatAuditLine({ level: 'fejl', file: 'x.mdx', line: 3, field: 'title', message: 'm' })
 * // 'FEJL x.mdx:3 feltet "title": m'
 */
export function formatAuditLine({ level, file, line, field, message }: AuditLine): string {
  const place = `${file}${line ? `:${line}` : ''}${field ? ` feltet "${field}"` : ''}`;
  return `${level.toUpperCase()} ${place}: ${message}`;
}
