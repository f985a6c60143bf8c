/**
 * Where the arrows of a theory of change in columns cross the columns between their ends: at a
 * height free of boxes where there is one, else in a channel under all the columns.
 */

/** A box as the router sees it: where it is, and its column (none for a box set apart). */
export interface RoutedBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  column?: number | undefined;
}

type Edge = { from: string; to: string };

/** Space between two parallel lines. */
export const LANE = 10;
/** The columns as the router sees them. */
export interface ColumnGrid {
  /** Left and right edge of each column. */
  columns: readonly { left: number; right: number }[];
  /** Where the boxes start, under the headings, and where the lowest box ends. */
  top: number;
  bottom: number;
  /** The space left of the first column and right of the last, for arrows that turn back. */
  margin: { left: number; right: number };
}

/** How an arrow across columns gets past the columns between its ends. */
export interface Crossing {
  /** The height it crosses them at: between boxes where it can, else in the channel under all. */
  y?: number | undefined;
  channel?: number | undefined;
}

/**
 * The gaps an arrow across columns runs in: the one after its source's column and the one before
 * its target's (gap 0 is left of the first column); one gap for neighbouring columns.
 */
export function gapsUsed(edge: Edge, columnOf: (id: string) => number | undefined): number[] {
  const from = columnOf(edge.from);
  const to = columnOf(edge.to);
  const gaps = from === undefined ? [] : [from + 1];
  return to === undefined || to === from! + 1 ? gaps : [...gaps, to];
}

/** The free heights in one column, between its boxes, above the first and below the last. */
function freeSpans(boxes: readonly RoutedBox[], grid: ColumnGrid): [number, number][] {
  const sorted = [...boxes].sort((a, b) => a.y - b.y);
  const edges = [grid.top, ...sorted.flatMap((box) => [box.y, box.y + box.height]), grid.bottom];
  return edges.flatMap((y, i) => (i % 2 === 0 ? [[y, edges[i + 1]!] as [number, number]] : []));
}

/**
 * Chooses, for each arrow that skips a column, a height where it can cross the columns between
 * without touching a box or another crossing; arrows that turn back, and those with no such
 * height, take a lane of the channel under the columns.
 * @returns one crossing per edge, and how many channel lanes there are
 */
export function planCrossings(
  boxes: readonly RoutedBox[],
  edges: readonly Edge[],
  grid: ColumnGrid,
): { crossings: Crossing[]; channels: number } {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const used = grid.columns.map(() => [] as number[]);
  const centre = (id: string) => byId.get(id)!.y + byId.get(id)!.height / 2;
  let channels = 0;
  const crossings = edges.map((edge): Crossing => {
    if (!byId.has(edge.from) || !byId.has(edge.to)) return {};
    const from = byId.get(edge.from)?.column;
    const to = byId.get(edge.to)?.column;
    if (from !== undefined && to !== undefined && to === from + 1) return {};
    const crossed = from !== undefined && to !== undefined && to > from + 1;
    const between = crossed ? grid.columns.map((_, c) => c).slice(from + 1, to) : [];
    const fits = (y: number) =>
      between.every(
        (c) =>
          freeSpans(
            boxes.filter((box) => box.column === c),
            grid,
          ).some(([top, bottom]) => y >= top + LANE && y <= bottom - LANE) &&
          used[c]!.every((other) => Math.abs(other - y) >= LANE),
      );
    // Level with either end where the columns between leave room there: one bend fewer.
    const ends = crossed ? [centre(edge.from), centre(edge.to)] : [];
    const distance = (y: number) => Math.min(...ends.map((end) => Math.abs(end - y)));
    const heights = [...ends];
    for (let y = grid.top + LANE; crossed && y <= grid.bottom - LANE; y += LANE / 2)
      heights.push(y);
    const y = heights.filter(fits).sort((a, b) => distance(a) - distance(b))[0];
    if (y === undefined) return { channel: channels++ };
    between.forEach((c) => used[c]!.push(y));
    return { y };
  });
  return { crossings, channels };
}
