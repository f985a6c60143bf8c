/**
 * Places a theory of change on a plane at build time, in one of two layouts: the columns side by
 * side for wide screens, or one under another for narrow ones.
 */
import { routeAcrossColumns, routeBesideStack } from './theory-of-change-arrows.ts';
import {
  COLUMN_GAP,
  GAP,
  MARGIN,
  PAD,
  TIP,
  TYPE,
  apartHeading,
  lineHeight,
  moveBox,
  placeBox,
  textLines,
  type DiagramInput,
  type DiagramLayout,
  type PlacedBox,
  type PlacedHeading,
} from './theory-of-change-boxes.ts';
import { LANE, gapsUsed, planCrossings } from './theory-of-change-crossings.ts';
import { hyphenateText } from './hyphenation.ts';
import { wrapText } from './text-wrap.ts';

/**
 * The columns side by side, each heading a step pointing to the next column. A box whose arrows
 * come from the left is moved down level with them where its column leaves room, so arrows run
 * straight; the order within a column never changes.
 * @param width the drawing's width in user units, fixed so the type scale stays put
 */
export function horizontalLayout(input: DiagramInput, width: number): DiagramLayout {
  const n = input.columns.length;
  const columnOf = new Map(input.columns.flatMap((c, i) => c.boxes.map((b) => [b.id, i])));
  const lanes = Array.from({ length: n + 1 }, () => 0);
  for (const edge of input.edges)
    for (const gap of gapsUsed(edge, (id) => columnOf.get(id))) lanes[gap]! += 1;
  const room = (count: number) => (count > 0 ? (count + 1) * LANE : 0);
  const margin = { left: room(lanes[0]!), right: room(lanes[n]!) };
  const gaps = lanes.slice(1, n).map((count) => Math.max(COLUMN_GAP, room(count)));
  const columnWidth =
    (width - 2 * MARGIN - margin.left - margin.right - gaps.reduce((a, b) => a + b, 0)) / n;
  const columns = input.columns.map((_, i) => {
    const left =
      MARGIN + margin.left + i * columnWidth + gaps.slice(0, i).reduce((a, b) => a + b, 0);
    return { left, right: left + columnWidth };
  });

  const wrapped = input.columns.map((c, i) =>
    wrapText(c.heading, columnWidth - 2 * PAD.x - (i > 0 ? TIP : 0), TYPE.heading, hyphenateText),
  );
  const headingHeight =
    Math.max(...wrapped.map((lines) => lines.length)) * lineHeight(TYPE.heading) + 2 * PAD.y;
  const headings = columns.map(({ left, right }, i): PlacedHeading => {
    const [top, bottom, middle] = [MARGIN, MARGIN + headingHeight, MARGIN + headingHeight / 2];
    const offset = (headingHeight - 2 * PAD.y - wrapped[i]!.length * lineHeight(TYPE.heading)) / 2;
    return {
      lines: wrapped[i]!.map((text, j) => ({
        x: left + PAD.x + (i > 0 ? TIP : 0),
        y: top + PAD.y + offset + lineHeight(TYPE.heading) * (j + 0.75),
        text,
      })),
      outline: [
        [left, top],
        [right, top],
        ...(i < n - 1 ? [[right + TIP, middle] as [number, number]] : []),
        [right, bottom],
        [left, bottom],
        ...(i > 0 ? [[left + TIP, middle] as [number, number]] : []),
      ],
      step: true,
      column: i,
    };
  });

  const top = MARGIN + headingHeight + GAP;
  const boxes: PlacedBox[] = [];
  input.columns.forEach((column, c) => {
    let cursor = top;
    for (const box of column.boxes) {
      const placed = placeBox(box, columns[c]!.left, 0, columnWidth, c);
      const sources = input.edges
        .filter((edge) => edge.to === box.id)
        .flatMap((edge) => boxes.filter((b) => b.id === edge.from && b.column! < c));
      const level = sources.length
        ? sources.reduce((sum, b) => sum + b.y + b.height / 2, 0) / sources.length -
          placed.height / 2
        : cursor;
      boxes.push(moveBox(placed, Math.max(cursor, level)));
      cursor = boxes.at(-1)!.y + placed.height + GAP;
    }
  });

  const grid = { columns, top, bottom: Math.max(top, ...boxes.map((b) => b.y + b.height)), margin };
  const plan = planCrossings(boxes, input.edges, grid);
  let y = grid.bottom + room(plan.channels) + GAP;
  const apart = input.apart.boxes.length
    ? [apartHeading(input.apart.heading, MARGIN, width - MARGIN, y)]
    : [];
  y = apart[0] ? y + GAP / 2 + apart[0].lines.length * lineHeight(TYPE.heading) + GAP / 2 : y;
  for (let i = 0; i < input.apart.boxes.length; i += n) {
    const row = input.apart.boxes
      .slice(i, i + n)
      .map((box, j) => placeBox(box, columns[j]!.left, y, columnWidth));
    boxes.push(...row);
    y += Math.max(...row.map((box) => box.height)) + GAP;
  }
  return {
    width,
    height: y - GAP + MARGIN,
    headings: [...headings, ...apart],
    boxes,
    arrows: routeAcrossColumns(boxes, input.edges, grid, plan.crossings),
    flow: [],
  };
}

/**
 * The columns one under another, each under a heading band, with an arrow down to the next
 * column; the data's arrows run in a gutter on the right.
 * @param width the drawing's width in user units; text keeps its size, boxes grow taller
 */
export function verticalLayout(input: DiagramInput, width: number): DiagramLayout {
  const count = input.edges.length;
  const lane = count > 0 ? Math.min(LANE, (width * 0.15) / (count + 1)) : 0;
  const [left, right] = [MARGIN, width - MARGIN - lane * (count > 0 ? count + 1 : 0)];
  const boxes: PlacedBox[] = [];
  const headings: PlacedHeading[] = [];
  const flow: [number, number][][] = [];
  let y = MARGIN;
  input.columns.forEach((column, c) => {
    if (c > 0) {
      const middle = (left + right) / 2;
      flow.push([
        [middle, y + 4],
        [middle, y + 2 * GAP - 1],
      ]);
      y += 2 * GAP;
    }
    const lines = textLines(
      column.heading,
      TYPE.heading,
      left + PAD.x,
      y + PAD.y,
      right - left - 2 * PAD.x,
    );
    const bottom = y + lines.length * lineHeight(TYPE.heading) + 2 * PAD.y;
    headings.push({
      lines,
      outline: [
        [left, y],
        [right, y],
        [right, bottom],
        [left, bottom],
      ],
      step: true,
      column: c,
    });
    y = bottom;
    for (const box of column.boxes) {
      boxes.push(placeBox(box, left, y + GAP / 2, right - left, c));
      y = boxes.at(-1)!.y + boxes.at(-1)!.height;
    }
  });
  y += GAP;
  if (input.apart.boxes.length) {
    headings.push(apartHeading(input.apart.heading, left, right, y));
    y += GAP / 2 + headings.at(-1)!.lines.length * lineHeight(TYPE.heading) + GAP / 2;
    for (const box of input.apart.boxes) {
      boxes.push(placeBox(box, left, y, right - left));
      y += boxes.at(-1)!.height + GAP / 2;
    }
    y -= GAP / 2;
  } else y -= GAP;
  return {
    width,
    height: y + MARGIN,
    headings,
    boxes,
    arrows: routeBesideStack(boxes, input.edges, { x: right + lane, lane }),
    flow,
  };
}
