import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text-wrap.ts';
import {
  TYPE,
  type DiagramInput,
  type DiagramLayout,
  type PlacedBox,
} from '../../src/lib/theory-of-change-boxes.ts';
import { horizontalLayout, verticalLayout } from '../../src/lib/theory-of-change-layout.ts';

const box = (id: string, label = `Boks ${id}`) => ({
  id,
  kind: 'aktivitet',
  kindLabel: 'Aktivitet',
  label,
  href: `/${id}/`,
});
const LONG = 'Et meget langt udsagn om en indsats, der rækker over mange linjer i en smal boks';

/**
 * Three columns, a box apart, and arrows of every sort: to the next column, past one where a box
 * stands level with its source, two that pull boxes of one column out of order, one back, and
 * one to the box apart.
 */
const INPUT: DiagramInput = {
  columns: [
    { heading: 'Aktiviteter og ressourcer', boxes: [box('a1'), box('a2', LONG), box('a3')] },
    { heading: 'Leverancer', boxes: [box('b1'), box('b2')] },
    {
      heading: 'Resultater',
      boxes: [box('c1'), box('c2', 'Civilsamfundsorganisationernes kerneudfordringer')],
    },
  ],
  apart: { heading: 'Værdigrundlag', boxes: [box('v1')] },
  edges: [
    { from: 'a1', to: 'b1' },
    { from: 'a2', to: 'b2' },
    { from: 'a2', to: 'c2' },
    { from: 'a3', to: 'c1' },
    { from: 'a1', to: 'c2' },
    { from: 'c1', to: 'a3' },
    { from: 'b1', to: 'v1' },
  ],
};
const ORDER = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'c2', 'v1'];

const LAYOUTS: [string, DiagramLayout][] = [
  ['horizontal, 992 wide', horizontalLayout(INPUT, 992)],
  ['vertical, 288 wide', verticalLayout(INPUT, 288)],
  ['vertical, 576 wide', verticalLayout(INPUT, 576)],
];

const byId = (layout: DiagramLayout, id: string) => layout.boxes.find((b) => b.id === id)!;
/** Whether a point lies on a box's border, give or take the arrow's small gap. */
const onBorder = ([x, y]: [number, number], b: PlacedBox) => {
  const inX = x >= b.x - 2 && x <= b.x + b.width + 2;
  const inY = y >= b.y - 2 && y <= b.y + b.height + 2;
  const nearX = Math.min(Math.abs(x - b.x), Math.abs(x - b.x - b.width)) <= 2;
  const nearY = Math.min(Math.abs(y - b.y), Math.abs(y - b.y - b.height)) <= 2;
  return (nearX && inY) || (nearY && inX);
};
/** Whether a straight segment runs through the inside of a box. */
const crosses = (p: [number, number], q: [number, number], b: PlacedBox) => {
  const [left, right] = [Math.min(p[0], q[0]), Math.max(p[0], q[0])];
  const [top, bottom] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
  return (
    left < b.x + b.width - 2 && right > b.x + 2 && top < b.y + b.height - 2 && bottom > b.y + 2
  );
};
const overlap = (a: PlacedBox, b: PlacedBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(LAYOUTS)('the %s layout', (_name, layout) => {
  it('draws every box once, inside the drawing, none on top of another', () => {
    expect(layout.boxes.map((b) => b.id).sort()).toEqual([...ORDER].sort());
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
      for (const other of layout.boxes) if (other !== b) expect(overlap(b, other)).toBe(false);
    }
  });

  it('keeps every line of text inside its box and every word of the text', () => {
    for (const b of layout.boxes) {
      for (const [lines, style] of [
        [b.kindLines, TYPE.kind],
        [b.lines, TYPE.text],
      ] as const) {
        for (const line of lines) {
          expect(line.x).toBeGreaterThan(b.x);
          expect(line.x + textWidth(line.text, style)).toBeLessThan(b.x + b.width);
          expect(line.y - style.size).toBeGreaterThan(b.y);
          expect(line.y + style.size * 0.3).toBeLessThan(b.y + b.height);
        }
      }
      const squash = (text: string) => text.replace(/[\s-]/g, '');
      expect(squash(b.lines.map((line) => line.text).join(''))).toBe(squash(b.label));
      expect(b.kindLines.map((line) => line.text).join(' ')).toBe(b.kindLabel);
    }
  });

  it('keeps the order of the data within each column, and puts the boxes apart last', () => {
    for (const column of [
      ['a1', 'a2', 'a3'],
      ['c1', 'c2'],
    ]) {
      const ys = column.map((id) => byId(layout, id).y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    }
    const apart = byId(layout, 'v1');
    for (const b of layout.boxes) if (b !== apart) expect(b.y + b.height).toBeLessThan(apart.y);
  });

  it('draws every arrow from its source to its target, square, and through no box', () => {
    expect(layout.arrows.map((a) => `${a.from}>${a.to}`)).toEqual(
      INPUT.edges.map((e) => `${e.from}>${e.to}`),
    );
    for (const arrow of layout.arrows) {
      expect(onBorder(arrow.points[0]!, byId(layout, arrow.from)), arrow.from).toBe(true);
      expect(onBorder(arrow.points.at(-1)!, byId(layout, arrow.to)), arrow.to).toBe(true);
      arrow.points.slice(1).forEach((q, i) => {
        const p = arrow.points[i]!;
        expect(p[0] === q[0] || p[1] === q[1], `${arrow.from}>${arrow.to}`).toBe(true);
        for (const b of layout.boxes)
          expect(crosses(p, q, b), `${arrow.from} over ${b.id}`).toBe(false);
      });
    }
  });

  it('gives each arrow a lane of its own, so no two run along the same line', () => {
    const lanes = layout.arrows.map(
      (arrow) =>
        new Set(
          arrow.points.slice(1).flatMap((q, i) => (arrow.points[i]![0] === q[0] ? [q[0]] : [])),
        ),
    );
    lanes.forEach((mine, n) =>
      lanes.forEach((theirs, m) => {
        if (m !== n) expect([...mine].filter((x) => theirs.has(x))).toEqual([]);
      }),
    );
  });
});

describe('horizontalLayout', () => {
  const layout = horizontalLayout(INPUT, 992);

  it('sets the columns side by side in their order, under a heading each', () => {
    const left = (id: string) => byId(layout, id).x;
    expect(left('a1')).toBeLessThan(left('b1'));
    expect(left('b1')).toBeLessThan(left('c1'));
    const steps = layout.headings.filter((h) => h.step);
    expect(steps.map((h) => h.column)).toEqual([0, 1, 2]);
    for (const b of layout.boxes)
      for (const h of steps) expect(b.y).toBeGreaterThan(Math.max(...h.outline.map(([, y]) => y)));
  });

  it('points every heading but the last into the gap before the next column', () => {
    const right = (column: number) => Math.max(...layout.headings[column]!.outline.map(([x]) => x));
    expect(right(0)).toBeGreaterThan(byId(layout, 'a1').x + byId(layout, 'a1').width);
    expect(right(0)).toBeLessThan(byId(layout, 'b1').x);
    expect(right(2)).toBe(byId(layout, 'c1').x + byId(layout, 'c1').width);
  });

  it('moves a box down level with the box its arrow comes from, so the arrow runs straight', () => {
    const input = { ...INPUT, edges: [{ from: 'a3', to: 'b1' }] };
    const moved = horizontalLayout(input, 992);
    const [from, to] = [byId(moved, 'a3'), byId(moved, 'b1')];
    expect(to.y + to.height / 2).toBeCloseTo(from.y + from.height / 2);
    expect(moved.arrows[0]!.points.every(([, y]) => y === moved.arrows[0]!.points[0]![1])).toBe(
      true,
    );
  });

  it('lets a box grow taller for a text with a word longer than a line, not wider', () => {
    const word = 'Civilsamfundsorganisationsrepræsentantskabsmedlemmernes';
    const input = {
      ...INPUT,
      columns: [{ heading: 'A', boxes: [box('x', word)] }, ...INPUT.columns],
    };
    const wide = byId(horizontalLayout(input, 992), 'x');
    expect(wide.lines.length).toBeGreaterThan(1);
    expect(wide.width).toBe(byId(horizontalLayout(input, 992), 'a1').width);
  });
});

describe('verticalLayout', () => {
  const layout = verticalLayout(INPUT, 288);

  it('sets the columns one under another in the order of the data, each box the full width', () => {
    const ys = ORDER.map((id) => byId(layout, id).y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(layout.boxes.map((b) => b.width)).size).toBe(1);
  });

  it('points down from each column to the next, and runs the arrows in a gutter on the right', () => {
    expect(layout.flow).toHaveLength(INPUT.columns.length - 1);
    for (const line of layout.flow) {
      const [start, end] = [line[0]!, line.at(-1)!];
      expect(start[0]).toBe(end[0]);
      expect(end[1]).toBeGreaterThan(start[1]);
    }
    const right = layout.boxes[0]!.x + layout.boxes[0]!.width;
    for (const arrow of layout.arrows)
      for (const [x] of arrow.points) expect(x).toBeGreaterThanOrEqual(right);
  });
});
