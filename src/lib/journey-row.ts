/**
 * How wide a row of steps must be before the steps can stand side by side without breaking a word.
 *
 * The real width of a word is known only to the reader's browser, after layout, so this errs
 * wide: it counts characters at more than the average width of DejaVu Sans, the widest common
 * system font (measured in Chromium: 0.62–0.64 em bold, 0.51 em regular, Danish lower case).
 */
const EM_PER_CHARACTER = { bold: 0.7, regular: 0.6 } as const;

/** The row widths in rem that PhaseJourney's stylesheet has a `data-across` rule for. */
export const ROW_WIDTHS: readonly number[] = Array.from({ length: 20 }, (_, i) => 20 + 4 * i);

// PhaseJourney's stylesheet, in rem: titles in bold at --fb-font-size, summaries and the "you are
// here" tag at --fb-size-small, --fb-space-4 at the end of each step, and no step narrower than 6 rem.
const TITLE = { sizeRem: 1.0625, weight: 'bold' } as const;
const SUMMARY = { sizeRem: 0.9, weight: 'regular' } as const;
const HERE = { sizeRem: 0.9, weight: 'bold' } as const;
const GAP_REM = 1.5;
const MIN_STEP_REM = 6;

/** One step as the journey shows it. */
export interface JourneyStep {
  title: string;
  /** Shown under the title, when the journey shows summaries. */
  summary?: string | undefined;
}

/**
 * The number of characters in the longest word, punctuation included; soft hyphens do not count.
 * @example longestWord('Vidensspredning, forankring og udbredelse') // 16
 */
export function longestWord(text: string): number {
  const words = text.replace(/\u00ad/g, '').split(/\s+/);
  return Math.max(0, ...words.map((word) => [...word].length));
}

/**
 * The width in rem a row of these steps needs so that each step is as wide as the longest word
 * any step shows.
 * @param here The "you are here" text, when one step is marked as the current one.
 * @example journeyRowWidth([{ title: 'Forberedelse' }, { title: 'Afprøvning' }]) // 20.85
 */
export function journeyRowWidth(steps: readonly JourneyStep[], here?: string): number {
  const width = (text: string, type: typeof TITLE | typeof SUMMARY | typeof HERE) =>
    longestWord(text) * EM_PER_CHARACTER[type.weight] * type.sizeRem;
  const widest = Math.max(
    MIN_STEP_REM,
    ...steps.map((step) => width(step.title, TITLE)),
    ...steps.map((step) => width(step.summary ?? '', SUMMARY)),
    width(here ?? '', HERE),
  );
  // Every step keeps the gap at its end, where the line runs on to the next circle.
  return steps.length * (widest + GAP_REM);
}

/**
 * The stylesheet's row width for these steps: the smallest of ROW_WIDTHS that holds them, or
 * undefined when none does and the steps must stay one under the other.
 * @example journeyRow([{ title: 'Forberedelse' }, { title: 'Afprøvning' }]) // 24
 */
export function journeyRow(steps: readonly JourneyStep[], here?: string): number | undefined {
  const needed = journeyRowWidth(steps, here);
  return ROW_WIDTHS.find((width) => width >= needed);
}
