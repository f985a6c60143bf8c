/**
 * The parts of a theory of change drawn at build time: the type scale, and boxes and headings
 * with their text broken into lines. Positions are in SVG user units.
 */
import type { Arrow } from './theory-of-change-arrows.ts';
import { hyphenateText } from './hyphenation.ts';
import { wrapText, type TextStyle } from './text-wrap.ts';

/** A box to draw, with its words already in Danish. */
interface DiagramBoxInput {
  id: string;
  kind: string;
  kindLabel: string;
  label: string;
  href: string;
}

/** What the diagram shows: columns in order, boxes set apart under them, and arrows. */
export interface DiagramInput {
  columns: readonly { heading: string; boxes: readonly DiagramBoxInput[] }[];
  apart: { heading: string; boxes: readonly DiagramBoxInput[] };
  edges: readonly { from: string; to: string }[];
}

/** One line of text, by its start and baseline. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** A box in place, with its kind's label and its text as lines. */
export interface PlacedBox extends DiagramBoxInput {
  x: number;
  y: number;
  width: number;
  height: number;
  column?: number | undefined;
  kindLines: TextLine[];
  lines: TextLine[];
}

/** A heading: a column's, drawn as a step in the flow, or the plain one of the boxes apart. */
export interface PlacedHeading {
  lines: TextLine[];
  outline: [number, number][];
  step: boolean;
  /** The column it heads; none for the heading of the boxes apart. */
  column?: number | undefined;
}

/** A whole diagram, ready to draw. */
export interface DiagramLayout {
  width: number;
  height: number;
  headings: PlacedHeading[];
  boxes: PlacedBox[];
  /** The data's arrows, from box to box. */
  arrows: Arrow[];
  /** Arrows from one column to the next where the headings do not show the flow themselves. */
  flow: [number, number][][];
}

/** The type scale: box text as large as body text allows, labels a step smaller and bold. */
export const TYPE = {
  text: { size: 16 },
  kind: { size: 14, bold: true },
  heading: { size: 16, bold: true },
} as const satisfies Record<string, TextStyle>;
const LINE = 1.3;
/** Space inside a box or a heading, between its border and its text. */
export const PAD = { x: 12, y: 8 };
/** Space between boxes, and between a heading and the boxes under it. */
export const GAP = 20;
/** Room around the drawing for the focus ring. */
export const MARGIN = 6;
/** How far a column's heading points into the gap after it. */
export const TIP = 14;
/** Space between two columns, wide enough for a few arrows side by side. */
export const COLUMN_GAP = 48;

/** The distance from one baseline to the next. */
export const lineHeight = (style: TextStyle) => style.size * LINE;

/** Text broken into lines for a width, each line placed by its start and baseline. */
export function textLines(text: string, style: TextStyle, x: number, top: number, width: number) {
  return wrapText(text, width, style, hyphenateText).map((line, i) => ({
    x,
    y: top + lineHeight(style) * (i + 0.75),
    text: line,
  }));
}

/** A box at the given place; its height follows from how many lines its text needs. */
export function placeBox(
  box: DiagramBoxInput,
  x: number,
  y: number,
  width: number,
  column?: number,
) {
  const inner = width - 2 * PAD.x;
  const kindLines = textLines(box.kindLabel, TYPE.kind, x + PAD.x, y + PAD.y, inner);
  const top = y + PAD.y + kindLines.length * lineHeight(TYPE.kind) + 2;
  const lines = textLines(box.label, TYPE.text, x + PAD.x, top, inner);
  const height = top - y + lines.length * lineHeight(TYPE.text) + PAD.y + 2;
  return { ...box, x, y, width, height, column, kindLines, lines } satisfies PlacedBox;
}

/** The same box, with its text, moved down by `dy`. */
export function moveBox(box: PlacedBox, dy: number): PlacedBox {
  const move = (line: TextLine) => ({ ...line, y: line.y + dy });
  return { ...box, y: box.y + dy, kindLines: box.kindLines.map(move), lines: box.lines.map(move) };
}

/** The plain heading of the boxes set apart, under a rule across the drawing. */
export function apartHeading(text: string, left: number, right: number, y: number): PlacedHeading {
  return {
    lines: textLines(text, TYPE.heading, left, y + GAP / 2, right - left),
    outline: [
      [left, y],
      [right, y],
    ],
    step: false,
  };
}
