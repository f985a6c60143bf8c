import { describe, expect, it } from 'vitest';
import { slugs } from '../../../src/checks/slugs.ts';
import { contextFor, page, sample } from './samples.ts';

const check = (...files: ReturnType<typeof sample>[]) => slugs(files, contextFor(files));

describe('slugs', () => {
  it('reports the second of two files with one name in one collection', () => {
    expect(check(page('methods/a.md', 'title: A'), page('methods/a.mdx', 'title: A'))).toEqual([
      {
        level: 'fejl',
        file: 'content/methods/a.mdx',
        message: 'har samme navn (slug) som content/methods/a.md; kun den ene ville blive udgivet',
      },
    ]);
  });

  it('accepts one name in two collections', () => {
    expect(check(page('methods/a.mdx', 'title: A'), page('guides/a.mdx', 'title: A'))).toEqual([]);
  });
});
