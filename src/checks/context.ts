import type { SourceFile } from '../lib/content-source.ts';
import { compileBodies } from './compile-bodies.ts';
import type { BodySource } from './compile-body.ts';
import type { CheckContext, Entry, Schema } from './types.ts';

/**
 * The fields of an entry that are valid on their own, so references and ids are still checked
 * in a file that has other mistakes: every problem is reported at once, not one per run.
 */
function salvage(schema: Schema, data: unknown): Record<string, unknown> {
  if (!schema.shape || !data || typeof data !== 'object') return {};
  return Object.fromEntries(
    Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
      const field = schema.shape?.[key]?.safeParse(value);
      return field?.success ? [[key, field.data]] : [];
    }),
  );
}

/** The file's data as its schema gives it, with defaults filled in. */
function toEntry(file: SourceFile & { collection: string }, schema: Schema): Entry {
  const result = schema.safeParse(file.data);
  const value = result.success
    ? (result.data as Record<string, unknown>)
    : salvage(schema, file.data);
  return { ...file, value, draft: value['draft'] === true };
}

/** The Markdown and MDX bodies of the files that belong to a collection. */
function bodySources(files: readonly SourceFile[]): BodySource[] {
  return files.flatMap(({ collection, file, body }) => {
    const format = /\.(mdx?)$/.exec(file)?.[1];
    return collection && (format === 'md' || format === 'mdx') ? [{ file, body, format }] : [];
  });
}

/**
 * Reads everything the checks share, once: each entry's values and whether it is published, and
 * (in the background) every body compiled.
 * @param files every file under content/, read by readContentTree
 * @param schemas each collection's schema, from src/content.config.ts
 * @param threads worker threads for compiling; by default as many as pay off
 */
export function createContext(
  files: readonly SourceFile[],
  schemas: Readonly<Record<string, Schema>>,
  threads?: number,
): CheckContext {
  const compiled = compileBodies(bodySources(files), threads);
  // A failed compile is reported by the check that awaits it; this only keeps Node from calling
  // the rejection unhandled while the other checks run.
  compiled.catch(() => undefined);
  const entries = files.flatMap((file) => {
    const schema = file.collection ? schemas[file.collection] : undefined;
    if (!schema || file.data === undefined) return [];
    return [toEntry(file as SourceFile & { collection: string }, schema)];
  });
  return { schemas, entries, published: entries.filter((entry) => !entry.draft), compiled };
}
