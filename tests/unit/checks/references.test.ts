import { describe, expect, it } from 'vitest';
import { references, referencesIn } from '../../../src/checks/references.ts';
import { contextFor, page, sample } from './samples.ts';

const check = (...files: ReturnType<typeof sample>[]) => references(files, contextFor(files));
const phase = page('phases/evaluering.mdx', 'title: Evaluering');
const source = page('sources/kilde.mdx', 'title: Kilde');

describe('references', () => {
  it('accepts references that resolve, however deeply they sit', () => {
    const finding = page(
      'findings/a.mdx',
      'id: F01\nphase: evaluering\nsources:\n  - source: kilde',
    );
    expect(check(phase, source, finding)).toEqual([]);
  });

  it('rejects a finding whose phase does not exist, naming file, line and field', () => {
    expect(check(phase, page('findings/a.mdx', 'id: F01\nphase: fase-9'))).toEqual([
      {
        level: 'fejl',
        file: 'content/findings/a.mdx',
        line: 3,
        field: 'phase',
        message: 'henviser til "fase-9" i phases, som ikke findes eller er en kladde',
      },
    ]);
  });

  it('names the dotted field of a reference inside a list', () => {
    const finding = page('findings/a.mdx', 'id: F01\nsources:\n  - source: findes-ikke');
    expect(check(source, finding).map((line) => [line.field, line.line])).toEqual([
      ['sources.0.source', 4],
    ]);
  });

  it('rejects a reference to a draft, which is never published', () => {
    const draft = page('phases/evaluering.mdx', 'title: Evaluering\ndraft: true');
    expect(check(draft, page('findings/a.mdx', 'id: F01\nphase: evaluering'))).toHaveLength(1);
  });

  it('rejects two findings with the same id, naming both files and the field', () => {
    const lines = check(page('findings/a.mdx', 'id: F01'), page('findings/b.mdx', 'id: F01'));
    expect(lines.map(({ file, field, message }) => `${file} ${field} ${message}`)).toEqual([
      'content/findings/a.mdx id har værdien "F01", som også bruges i content/findings/b.mdx',
      'content/findings/b.mdx id har værdien "F01", som også bruges i content/findings/a.mdx',
    ]);
  });

  it('accepts findings with different ids, and other types without ids', () => {
    expect(
      check(page('findings/a.mdx', 'id: F01'), page('findings/b.mdx', 'id: F02'), source),
    ).toEqual([]);
  });
});

describe('referencesIn', () => {
  it('finds references at any depth with their dotted fields', () => {
    const data = {
      phase: { collection: 'phases', id: 'a' },
      list: [{ x: { collection: 'sources', id: 'b' } }],
    };
    expect(referencesIn(data)).toEqual([
      { field: 'phase', target: { collection: 'phases', id: 'a' } },
      { field: 'list.0.x', target: { collection: 'sources', id: 'b' } },
    ]);
  });

  it('does not take an object with more fields for a reference', () => {
    expect(referencesIn({ node: { collection: 'phases', id: 'a', label: 'x' } })).toEqual([]);
  });
});
