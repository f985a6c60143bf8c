import { describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config.ts';
import { referencesIn } from '../../src/checks/references.ts';
import { CONTENT_TYPES, type CollectionName } from '../../src/content-types.ts';
import { slugify } from '../../src/lib/slug.ts';
import { readContentFiles } from '../support/content-files.ts';

const files = readContentFiles();
type Name = keyof typeof collections;
const schemaOf = (name: string) =>
  (collections as Record<string, { schema?: unknown }>)[name]?.schema as
    | {
        safeParse: (v: unknown) => {
          success: boolean;
          data?: unknown;
          error?: { issues: { path: PropertyKey[]; message: string }[] };
        };
      }
    | undefined;

describe('the content in content/', () => {
  it('has files in every collection', () => {
    const present = new Set(files.map((file) => file.collection));
    expect([...present].sort()).toEqual((Object.keys(collections) as Name[]).sort());
  });

  it.each(files.map((file) => [file.file, file] as const))(
    '%s matches its collection schema',
    (_name, file) => {
      const schema = schemaOf(file.collection);
      expect(schema, `${file.file} ligger i en mappe uden samling`).toBeDefined();
      const result = schema!.safeParse(file.data);
      const issues =
        result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
      expect(issues).toEqual([]);
    },
  );

  it('has ASCII file names that are the slug of themselves', () => {
    const bad = files
      .filter((file) => file.id.split('/').some((part) => slugify(part) !== part))
      .map((file) => file.file);
    expect(bad).toEqual([]);
  });

  it('has references that all resolve to published entries', () => {
    const loaded = new Map<string, { id: string; file: string; data: unknown }[]>();
    for (const file of files) {
      const parsed = schemaOf(file.collection)!.safeParse(file.data);
      if (!parsed.success || (parsed.data as { draft?: boolean }).draft) continue;
      loaded.set(file.collection, [
        ...(loaded.get(file.collection) ?? []),
        { id: file.id, file: file.file, data: parsed.data },
      ]);
    }
    const existing = new Set(
      [...loaded].flatMap(([collection, entries]) => entries.map((e) => `${collection}/${e.id}`)),
    );
    const references = [...loaded.values()]
      .flat()
      .flatMap((entry) =>
        referencesIn(entry.data).map(({ field, target }) => ({ file: entry.file, field, target })),
      );
    const dangling = references.filter(
      (r) => !existing.has(`${r.target.collection}/${r.target.id}`),
    );
    expect(dangling).toEqual([]);
    // The check above must have seen real references, or it proves nothing.
    const referenceCount = references.length;
    expect(referenceCount).toBeGreaterThan(50);
  });

  it('has the four phases in order 1 to 4', () => {
    const orders = files
      .filter((file) => file.collection === 'phases')
      .map((file) => file.data['order']);
    expect(orders.sort()).toEqual([1, 2, 3, 4]);
  });

  it('has unique finding ids F01 onwards', () => {
    const ids = files
      .filter((file) => file.collection === 'findings')
      .map((file) => String(file.data['id']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()[0]).toBe('F01');
  });

  it('has no body that is empty', () => {
    // Only Markdown types have a body; YAML files are data.
    const hasBody = (collection: string) =>
      (
        CONTENT_TYPES[collection as CollectionName]?.extensions as readonly string[] | undefined
      )?.includes('mdx');
    const empty = files
      .filter((file) => hasBody(file.collection) && file.body.trim().length === 0)
      .map((file) => file.file);
    expect(empty).toEqual([]);
  });

  // A build for a real address must hold neither (tests/build/second-site.test.ts proves the
  // engine adds none); the content, which every build carries, must not bring them either.
  it('names no local address and no placeholder of the site identity', () => {
    const found = files
      .filter((file) => /localhost|127\.0\.0\.1|\[PLADSHOLDER\]/.test(file.text))
      .map((file) => file.file);
    expect(found).toEqual([]);
  });
});
