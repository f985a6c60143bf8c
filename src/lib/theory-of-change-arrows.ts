/**
 * Routes for the arrows of a theory of change: right-angled lines that run in the gaps between
 * columns and between boxes, never through a box, each in a lane of its own.
 */
import {
  LANE,
  gapsUsed,
  type ColumnGrid,
  type Crossing,
  type RoutedBox,
} from './theory-of-change-crossings.ts';

/** An arrow from one box to another, as the corners of its line from start to tip. */
export interface Arrow {
  from: string;
  to: string;
  points: [number, number][];
}

type Side = 'left' | 'right' | 'top';
type Edge = { from: string; to: string };

/** Arrows stop short of the box's border by this much, so the border stays whole. */
const TIP_GAP = 1;

/**
 * Spreads the arrows that meet one side of a box along that side, ordered by where their other
 * end lies, so arrows into or out of one box neither overlap nor cross at the box.
 */
function ports(
  boxes: ReadonlyMap<string, RoutedBox>,
  ends: { box: string; side: Side; other: string; key: string }[],
): Map<string, [number, number]> {
  const groups = new Map<string, typeof ends>();
  for (const end of ends) {
    const key = `${end.box} ${end.side}`;
    groups.set(key, [...(groups.get(key) ?? []), end]);
  }
  const result = new Map<string, [number, number]>();
  for (const group of groups.values()) {
    const centre = (id: string) => {
      const b = boxes.get(id)!;
      return group[0]!.side === 'top' ? b.x + b.width / 2 : b.y + b.height / 2;
    };
    group.sort((a, b) => centre(a.other) - centre(b.other));
    group.forEach((end, index) => {
      const b = boxes.get(end.box)!;
      const share = (index + 1) / (group.length + 1);
      result.set(
        end.key,
        end.side === 'top'
          ? [b.x + b.width * share, b.y - TIP_GAP]
          : [end.side === 'left' ? b.x - TIP_GAP : b.x + b.width + TIP_GAP, b.y + b.height * share],
      );
    });
  }
  return result;
}

/**
 * Routes every arrow of a vertical flow through a gutter to the right of the stacked boxes: out
 * of the source's right side, down or up its own lane, and into the target's right side. Short
 * arrows take the inner lanes, so they do not cross the long ones.
 * @param gutter where the gutter's first lane is, and the space between lanes
 */
export function routeBesideStack(
  boxes: readonly RoutedBox[],
  edges: readonly Edge[],
  gutter: { x: number; lane: number },
): Arrow[] {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const drawn = edges.filter((edge) => byId.has(edge.from) && byId.has(edge.to));
  const at = ports(
    byId,
    drawn.flatMap((edge, index) => [
      { box: edge.from, side: 'right' as const, other: edge.to, key: `${index} from` },
      { box: edge.to, side: 'right' as const, other: edge.from, key: `${index} to` },
    ]),
  );
  const span = (index: number) => Math.abs(at.get(`${index} to`)![1] - at.get(`${index} from`)![1]);
  const lanes = drawn.map((_, index) => index).sort((a, b) => span(a) - span(b));
  return drawn.map((edge, index) => {
    const [sx, sy] = at.get(`${index} from`)!;
    const [tx, ty] = at.get(`${index} to`)!;
    const x = gutter.x + gutter.lane * lanes.indexOf(index);
    return {
      ...edge,
      points: [
        [sx, sy],
        [x, sy],
        [x, ty],
        [tx, ty],
      ],
    };
  });
}
/**
 * Draws the arrows of a diagram in columns: out of a box's right side into a lane of the gap
 * after its column, across at the planned height, and into the target's left side from the gap
 * before its column. Boxes set apart under the columns are entered and left from their top.
 */
export function routeAcrossColumns(
  boxes: readonly RoutedBox[],
  edges: readonly Edge[],
  grid: ColumnGrid,
  crossings: readonly Crossing[],
): Arrow[] {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const columnOf = (id: string) => byId.get(id)?.column;
  const drawn = edges.filter((edge) => byId.has(edge.from) && byId.has(edge.to));
  const lanes = new Map<number, number[]>();
  drawn.forEach((edge, index) =>
    gapsUsed(edge, columnOf).forEach((gap) => lanes.set(gap, [...(lanes.get(gap) ?? []), index])),
  );
  const laneX = (gap: number, index: number) => {
    const left =
      gap === 0 ? grid.columns[0]!.left - grid.margin.left : grid.columns[gap - 1]!.right;
    const right = gap === grid.columns.length ? left + grid.margin.right : grid.columns[gap]!.left;
    const inGap = lanes.get(gap)!;
    return left + ((right - left) * (inGap.indexOf(index) + 1)) / (inGap.length + 1);
  };
  const side = (id: string, out: boolean): Side =>
    columnOf(id) === undefined ? 'top' : out ? 'right' : 'left';
  const at = ports(
    byId,
    drawn.flatMap((edge, index) => [
      { box: edge.from, side: side(edge.from, true), other: edge.to, key: `${index} from` },
      { box: edge.to, side: side(edge.to, false), other: edge.from, key: `${index} to` },
    ]),
  );
  return drawn.map((edge, index) => {
    const start = at.get(`${index} from`)!;
    const tip = at.get(`${index} to`)!;
    const from = columnOf(edge.from);
    const to = columnOf(edge.to);
    const crossing = crossings[edges.indexOf(edge)] ?? {};
    const points: [number, number][] = [start];
    const last = () => points.at(-1)!;
    if (from !== undefined) points.push([laneX(from + 1, index), start[1]]);
    if (crossing.y === undefined && crossing.channel === undefined) {
      points.push([last()[0], tip[1]]);
    } else {
      const y = crossing.y ?? grid.bottom + LANE * (crossing.channel! + 1);
      const x = to === undefined ? tip[0] : laneX(to, index);
      points.push([last()[0], y], [x, y]);
      if (to !== undefined) points.push([x, tip[1]]);
    }
    points.push(tip);
    return {
      ...edge,
      points: points.filter((p, i) => i === 0 || p.join() !== points[i - 1]!.join()),
    };
  });
}
