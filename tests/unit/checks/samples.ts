// Small inline content files for the checks' unit tests, and the context the checks share.
import { z } from 'astro/zod';
import { createContext } from '../../../src/checks/context.ts';
import type { CheckContext, Schema } from '../../../src/checks/types.ts';
import { CONTENT_TYPES } from '../../../src/content-types.ts';
import { parseSource, type SourceFile } from '../../../src/lib/content-source.ts';

/**
 * A content file as readContentTree would read it, from its path under content/.
 * @example sample('findings/a.mdx', '---\ntitle: A\n---\n\nTekst.\n')
 */
export function sample(path: string, text: string): SourceFile {
  const [folder = '', ...rest] = path.split('/');
  const extension = path.split('.').pop() ?? '';
  const type = Object.entries(CONTENT_TYPES).find(([, t]) => t.folder === folder);
  const collection =
    type && (type[1].extensions as readonly string[]).includes(extension) ? type[0] : undefined;
  return parseSource(text, `content/${path}`, collection, rest.join('/').replace(/\.[a-z]+$/, ''));
}

/** A Markdown or MDX file with frontmatter and a body. */
export function page(path: string, frontmatter: string, body = 'Tekst.\n'): SourceFile {
  return sample(path, `---\n${frontmatter}\n---\n\n${body}`);
}

/** Like Astro's reference(): an id in the file becomes { collection, id }. */
const reference = (collection: string) => z.string().transform((id) => ({ collection, id }));

/** Loose schemas with the fields the checks read; the real ones are tested in tests/schema/. */
export const SCHEMAS: Record<string, Schema> = Object.fromEntries(
  Object.keys(CONTENT_TYPES).map((name) => [
    name,
    z.object({
      title: z.string().optional(),
      id: z.string().optional(),
      updated: z.string().optional(),
      draft: z.boolean().default(false),
      aliases: z.array(z.string()).default([]),
      phase: reference('phases').optional(),
      sources: z.array(z.object({ source: reference('sources') })).default([]),
      changelog: z.array(z.object({ date: z.string() })).optional(),
    }),
  ]),
);

/** The context the runner would make, compiling in this thread. */
export function contextFor(files: readonly SourceFile[], schemas = SCHEMAS): CheckContext {
  return createContext(files, schemas, 0);
}
