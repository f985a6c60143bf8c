import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/checks/schema.ts';
import type { Schema } from '../../../src/checks/types.ts';
import { contextFor, page, sample } from './samples.ts';

const schemas: Record<string, Schema> = {
  findings: z.object({ title: z.string(), version: z.string(), tags: z.array(z.string()).min(1) }),
  glossary: z.object({ term: z.string() }),
};
const check = (...files: ReturnType<typeof sample>[]) => schema(files, contextFor(files, schemas));

describe('schema', () => {
  it('reports a missing field at the frontmatter, with the field named', () => {
    expect(check(page('findings/a.mdx', 'version: "1.0"\ntags: [a]'))).toEqual([
      {
        level: 'fejl',
        file: 'content/findings/a.mdx',
        line: 2,
        field: 'title',
        message: 'mangler; skriv en tekst',
      },
    ]);
  });

  it('reports a value of the wrong type at its own line, with what was found', () => {
    expect(check(page('findings/a.mdx', 'title: A\ntags: [a]\nversion: [1, 0]'))).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'version',
        message: 'skal være en tekst, men er en liste',
      }),
    ]);
  });

  it('reports each unknown field on its own, so a misspelling is not silently dropped', () => {
    const lines = check(sample('glossary/a.yaml', 'term: A\nterms: B\ndefinitoin: C\n'));
    expect(lines.map((line) => [line.line, line.field])).toEqual([
      [2, 'terms'],
      [3, 'definitoin'],
    ]);
    expect(lines[0]?.message).toBe(
      'er ikke et kendt felt og ville blive tabt; er det stavet rigtigt?',
    );
  });

  it('names the dotted field of a mistake inside a list', () => {
    expect(check(page('findings/a.mdx', 'title: A\nversion: "1"\ntags: []'))).toEqual([
      expect.objectContaining({
        field: 'tags',
        message: 'skal have mindst 1 punkt(er), men har 0',
      }),
    ]);
  });

  it('leaves files whose YAML cannot be read to the YAML check', () => {
    expect(check(sample('glossary/a.yaml', 'term: [ikke lukket\n'))).toEqual([]);
  });

  it('accepts a file that matches its schema', () => {
    expect(check(page('findings/a.mdx', 'title: A\nversion: "1.0"\ntags: [a]'))).toEqual([]);
  });
});
