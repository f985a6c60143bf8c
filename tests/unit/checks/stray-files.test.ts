import { describe, expect, it } from 'vitest';
import { strayFiles } from '../../../src/checks/stray-files.ts';
import { contextFor, sample } from './samples.ts';

const check = (...files: ReturnType<typeof sample>[]) => strayFiles(files, contextFor(files));

describe('strayFiles', () => {
  it('reports a file in a folder no collection reads', () => {
    expect(check(sample('nyheder/a.md', 'Nyhed'))).toEqual([
      expect.objectContaining({
        level: 'fejl',
        file: 'content/nyheder/a.md',
        message: expect.stringMatching(/^filen hører ikke til nogen samling/),
      }),
    ]);
  });

  it('reports a file of a type its folder does not hold', () => {
    expect(check(sample('glossary/a.mdx', '---\nterm: A\n---\n'))).toHaveLength(1);
  });

  it('accepts the site texts and the published URL list at the top of the content folder', () => {
    expect(check(sample('site.yaml', 'name: A'), sample('published-urls.txt', '/'))).toEqual([]);
  });

  it('reports a site file that sits inside a collection folder', () => {
    expect(check(sample('findings/site.yaml', 'name: A'))).toHaveLength(1);
  });

  it('accepts files in the collections they belong to', () => {
    expect(
      check(sample('glossary/a.yaml', 'term: A'), sample('findings/a.mdx', '---\nid: F01\n---\n')),
    ).toEqual([]);
  });
});
