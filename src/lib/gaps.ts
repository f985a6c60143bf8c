import { t } from '../i18n/da.ts';

/** One line of a page's box of what the sources do not tell. */
interface GapLine {
  text: string;
  /** The fixed anchor of an empty part, which lands on this line instead. */
  id?: string | undefined;
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
  formerAnchors = [],
}: {
  parts?: readonly Part[];
  own?: readonly string[];
  notes?: readonly string[];
  formerAnchors?: readonly string[];
}): Gaps {
  return {
    lines: [
      ...parts.filter((part) => !part.filled).map((part) => ({ id: part.id, text: part.missing })),
      ...own.map((text) => ({ text })),
      ...notes.filter(Boolean).map((text) => ({ text })),
    ],
    formerAnchors,
  };
}

/** The line that explains, once per page, the marks on links that are the editors' own. */
export function editorialNote(marked: boolean): string {
  return marked ? t('editorial.explain') : '';
}
