import { describe, expect, it } from 'vitest';
import { theoryColumns } from '../../src/lib/theory-of-change.ts';

const node = (id: string, column?: string) => ({
  id,
  column,
  kind: column ? 'aktivitet' : 'vaerdi',
  label: id,
  href: '/',
});

describe('theoryColumns', () => {
  it('places boxes in the columns’ order, each with the boxes it leads to and any assumption', () => {
    const { columns } = theoryColumns(
      ['a', 'b'],
      [node('y', 'b'), node('x', 'a')],
      [{ from: 'x', to: 'y', assumption: 'hvis' }],
    );
    expect(columns.map((c) => [c.column, c.nodes.map((n) => n.id)])).toEqual([
      ['a', ['x']],
      ['b', ['y']],
    ]);
    expect(columns[0]?.nodes[0]?.leadsTo).toEqual([{ node: node('y', 'b'), assumption: 'hvis' }]);
  });

  it('keeps values apart, in no column, and ignores an arrow to a box that does not exist', () => {
    const { columns, values } = theoryColumns(
      ['a'],
      [node('x', 'a'), node('v')],
      [{ from: 'x', to: 'mangler' }],
    );
    expect(values.map((v) => v.id)).toEqual(['v']);
    expect(columns[0]?.nodes[0]?.leadsTo).toEqual([]);
  });
});
