import { t } from '../i18n/da.ts';

/** One line of a page's box of what the sources do not tell. */
interface GapLine {
  text: string;
  /** The fixed anchor of an empty part, which lands on this line instead. */
  id?: string | undefined;
  /** Kept out of search excerpts: the same engine note stands on many pages. */
  unindexed?: boolean;
}

/** What a page's box of gaps shows: its lines and the removed sections' anchors that land on it. */
export interface Gaps {
  lines: GapLine[];
  formerAnchors: readonly string[];
}

/** A fixed part of a page that the sources may leave empty. */
interface Part {
  /** The part's fixed anchor, such as `kontekst`. */
  id: string;
  /** Whether the sources say anything for it. */
  filled: boolean;
  /** The line naming the gap when they do not. */
  missing: string;
}

/**
 * The box of gaps of one page: a line for each empty fixed part (carrying that part's anchor, so
 * links to it still land), then the page's own lines, then any engine notes.
 * @example pageGaps({ parts: [{ id: 'kontekst', filled: false, missing: 'Kilden beskriver ikke konteksten.' }] }).lines[0].id // 'kontekst'
 */
export function pageGaps({
  parts = [],
  own = [],
  notes = [],
  editorial = false,
  formerAnchors = [],
}: {
  parts?: readonly Part[];
  own?: readonly string[];
  notes?: readonly string[];
  /** The page marks links as the editors' own, so the box explains the mark, once. */
  editorial?: boolean;
  formerAnchors?: readonly string[];
}): Gaps {
  return {
    lines: [
      ...parts.filter((part) => !part.filled).map((part) => ({ id: part.id, text: part.missing })),
      ...own.map((text) => ({ text })),
      ...notes.filter(Boolean).map((text) => ({ text })),
      ...(editorial ? [{ text: t('editorial.explain'), unindexed: true }] : []),
    ],
    formerAnchors,
  };
}
