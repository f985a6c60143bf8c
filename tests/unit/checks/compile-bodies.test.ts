import { describe, expect, it } from 'vitest';
import {
  compileBodies,
  MIN_TEXT_FOR_WORKERS,
  workerCount,
} from '../../../src/checks/compile-bodies.ts';
import type { BodySource } from '../../../src/checks/compile-body.ts';

const sources: BodySource[] = [
  { file: 'a.mdx', body: '## Om fundet\n\n## Om fundet\n', format: 'mdx' },
  { file: 'b.mdx', body: 'Tekst\n\nEn <div> uden slutmærke.\n', format: 'mdx' },
  { file: 'c.md', body: '## a < b {c}\n', format: 'md' },
];

describe('compileBodies', () => {
  it('gives each body its heading ids, or its error with the line in the body', async () => {
    const results = await compileBodies(sources, 0);
    expect(Object.fromEntries(results)).toEqual({
      'a.mdx': { headingIds: ['om-fundet', 'om-fundet-2'] },
      'b.mdx': {
        error: {
          line: 3,
          reason: 'Expected a closing tag for `<div>` before the end of `paragraph`',
        },
        headingIds: [],
      },
      'c.md': { headingIds: ['a-b-c'] },
    });
  });

  it('gives the same results in worker threads as in this thread', async () => {
    expect(await compileBodies(sources, 2)).toEqual(await compileBodies(sources, 0));
  });
});

describe('workerCount', () => {
  it('uses no worker for a small site, where starting one costs more than it saves', () => {
    expect(workerCount(MIN_TEXT_FOR_WORKERS - 1, 2)).toBe(0);
  });

  it('uses no worker on a single core, where a thread cannot run beside the others', () => {
    expect(workerCount(MIN_TEXT_FOR_WORKERS * 10, 1)).toBe(0);
  });

  it('uses one worker per core for a large site', () => {
    expect([workerCount(MIN_TEXT_FOR_WORKERS, 2), workerCount(MIN_TEXT_FOR_WORKERS, 4)]).toEqual([
      2, 4,
    ]);
  });
});
