import { describe, expect, it } from 'vitest';
import { findDanglingReferences } from '../../src/lib/references.ts';

const existing = new Map([
  ['phases', new Set(['evaluering'])],
  ['sources', new Set(['case-effektive-forandringer'])],
]);

describe('findDanglingReferences', () => {
  it('accepts references that resolve, however deeply they sit', () => {
    const data = { phase: { collection: 'phases', id: 'evaluering' }, sources: [{ source: { collection: 'sources', id: 'case-effektive-forandringer' }, locator: 'x' }] };
    expect(findDanglingReferences([{ file: 'a.mdx', data }], existing)).toEqual([]);
  });

  it('names the file and the dotted field of a reference to a missing entry', () => {
    const data = { sources: [{ source: { collection: 'sources', id: 'findes-ikke' }, locator: 'x' }] };
    expect(findDanglingReferences([{ file: 'content/findings/a.mdx', data }], existing)).toEqual([
      { file: 'content/findings/a.mdx', field: 'sources.0.source', target: { collection: 'sources', id: 'findes-ikke' } },
    ]);
  });

  it('treats a reference to an unknown collection as dangling', () => {
    const data = { phase: { collection: 'faser', id: 'evaluering' } };
    expect(findDanglingReferences([{ file: 'a.mdx', data }], existing)).toHaveLength(1);
  });
});
