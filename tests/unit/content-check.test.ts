import { describe, expect, it } from 'vitest';
import { contentProblems as structuredProblems, formatProblem, type LoadedEntry } from '../../src/lib/content-check.ts';

const contentProblems = (collections: Map<string, LoadedEntry[]>) => structuredProblems(collections).map(formatProblem);
import { duplicateFindingIds } from '../../src/lib/finding-ids.ts';

function finding(id: string, file: string, phase = 'evaluering'): LoadedEntry {
  return { id: file.replace(/\.mdx$/, ''), file: `content/findings/${file}`, data: { id, phase: { collection: 'phases', id: phase } } };
}

const phases: LoadedEntry[] = [{ id: 'evaluering', file: 'content/phases/evaluering.mdx', data: {} }];

describe('duplicateFindingIds', () => {
  it('lists an id claimed by two files, with both files', () => {
    expect(duplicateFindingIds([{ file: 'a', id: 'F01' }, { file: 'b', id: 'F01' }, { file: 'c', id: 'F02' }])).toEqual([
      { id: 'F01', files: ['a', 'b'] },
    ]);
  });
});

describe('contentProblems', () => {
  it('rejects a versioned entry whose updated date is not its newest change', () => {
    const guide: LoadedEntry = {
      id: 'g', file: 'content/guides/g.mdx',
      data: { updated: '2026-01-01', changelog: [{ date: '2026-01-01' }, { date: '2026-02-01' }] },
    };
    expect(contentProblems(new Map([['guides', [guide]]]))).toEqual([
      'content/guides/g.mdx: feltet "updated" er 2026-01-01, men den nyeste linje i "changelog" er fra 2026-02-01; de skal være ens',
    ]);
  });

  it('reports nothing for consistent content', () => {
    const collections = new Map([['phases', phases], ['findings', [finding('F01', 'a.mdx'), finding('F02', 'b.mdx')]]]);
    expect(contentProblems(collections)).toEqual([]);
  });

  it('rejects a finding whose phase does not exist, naming file and field', () => {
    const collections = new Map([['phases', phases], ['findings', [finding('F01', 'a.mdx', 'fase-9')]]]);
    expect(contentProblems(collections)).toEqual([
      'content/findings/a.mdx: feltet "phase" henviser til "fase-9" i phases, som ikke findes eller er en kladde',
    ]);
  });

  it('rejects two findings with the same id, naming both files and the field', () => {
    const collections = new Map([['phases', phases], ['findings', [finding('F01', 'a.mdx'), finding('F01', 'b.mdx')]]]);
    expect(contentProblems(collections)).toEqual([
      'content/findings/a.mdx: feltet "id" har værdien "F01", som også bruges i content/findings/b.mdx',
      'content/findings/b.mdx: feltet "id" har værdien "F01", som også bruges i content/findings/a.mdx',
    ]);
  });
});
