/**
 * Widths of characters in em, rounded up from DejaVu Sans, the widest common sans-serif and what
 * `system-ui` is on many Linux systems. Text drawn in SVG does not wrap by itself, so the figure
 * breaks its lines at build time; measuring with the widest font keeps every line inside its box
 * whichever font the reader's system picks.
 */
const WIDTHS: readonly (readonly [string, number])[] = [
  ["ijlIJ.,:;'| ", 0.36],
  ['frt()/-"[]!', 0.46],
  ['csz?–*', 0.56],
  ['abdeghknopquvxyøåéüöäEFLPSTY0123456789#$_»«', 0.65],
  ['ABCDGHKNOQRUVXZØÅ&', 0.8],
  ['mwæMWÆ%—+=@', 1],
];
const WIDTH_OF = new Map(WIDTHS.flatMap(([chars, width]) => [...chars].map((c) => [c, width])));
/** Anything not in the table, such as letters from other alphabets, counts as wide. */
const UNKNOWN_WIDTH = 0.8;
/** Bold glyphs are up to an eighth wider in DejaVu Sans. */
const BOLD_FACTOR = 1.12;
/** The fewest letters left on either side of a break inside a word. */
const MIN_PART = 3;

/** How text is set: its size in user units and whether it is bold. */
export interface TextStyle {
  size: number;
  bold?: boolean;
}

/**
 * The width a piece of text needs at most, in the units of its font size.
 * @example textWidth('Leverance', { size: 16 }) // a little more than the text needs in any font
 */
export function textWidth(text: string, style: TextStyle): number {
  const ems = [...text].reduce((sum, char) => sum + (WIDTH_OF.get(char) ?? UNKNOWN_WIDTH), 0);
  return ems * style.size * (style.bold ? BOLD_FACTOR : 1);
}

/**
 * Splits a word that is wider than a line into parts that fit, each but the last ending in a
 * hyphen, the way Danish breaks a compound. Parts keep at least three letters where they can.
 */
function breakWord(word: string, maxWidth: number, style: TextStyle): string[] {
  const parts: string[] = [];
  let rest = word;
  while (textWidth(rest, style) > maxWidth) {
    const chars = [...rest];
    const fits = (cut: number) => textWidth(`${chars.slice(0, cut).join('')}-`, style) <= maxWidth;
    let cut = Math.max(1, chars.length - MIN_PART);
    while (cut > MIN_PART && !fits(cut)) cut -= 1;
    // A line too narrow even for a few letters gets one letter at a time rather than none.
    if (!fits(cut)) cut = 1;
    if (cut >= chars.length) break;
    parts.push(`${chars.slice(0, cut).join('')}-`);
    rest = chars.slice(cut).join('');
  }
  return [...parts, rest];
}

const SOFT_HYPHEN = '\u00AD';

/**
 * A word's parts between the places it may break: after a hyphen it has, and at the points
 * `hyphenate` marks with soft hyphens.
 */
function wordParts(word: string, hyphenate: (word: string) => string): string[] {
  return word.split(/(?<=-)/).flatMap((segment) => {
    const hyphen = segment.endsWith('-') && segment.length > 1;
    const parts = hyphenate(hyphen ? segment.slice(0, -1) : segment).split(SOFT_HYPHEN);
    return hyphen ? [...parts.slice(0, -1), `${parts.at(-1)}-`] : parts;
  });
}

/** A line that ends inside a word shows a hyphen, unless the word has one there already. */
const withHyphen = (text: string) => (text.endsWith('-') ? text : `${text}-`);

/**
 * Breaks text into lines no wider than `maxWidth`, between words where it can. A word too wide
 * for a line of its own is broken at its hyphenation points, filling the line it starts on; a
 * part too wide even then is broken between letters.
 * @param hyphenate puts soft hyphens (U+00AD) where a word may break, such as a Danish hyphenator
 * @example wrapText('Tematiske læringsseminarer', 150, { size: 16 }) // ['Tematiske', 'læringsseminarer']
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  hyphenate: (word: string) => string = (word) => word,
): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, style) <= maxWidth;
  const onLine = (part: string) => (line ? `${line} ${part}` : part);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (fits(onLine(word))) {
      line = onLine(word);
      continue;
    }
    if (fits(word)) {
      lines.push(line);
      line = word;
      continue;
    }
    let rest = wordParts(word, hyphenate);
    while (rest.length > 0) {
      if (fits(onLine(rest.join('')))) {
        line = onLine(rest.join(''));
        break;
      }
      let count = rest.length - 1;
      while (count > 0 && !fits(onLine(withHyphen(rest.slice(0, count).join(''))))) count -= 1;
      if (count > 0) {
        lines.push(onLine(withHyphen(rest.slice(0, count).join(''))));
        line = '';
        rest = rest.slice(count);
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        const pieces = breakWord(rest[0]!, maxWidth, style);
        lines.push(...pieces.slice(0, -1));
        // A part that cannot be broken at all gets a line of its own.
        if (pieces.length === 1) lines.push(pieces[0]!);
        rest = pieces.length === 1 ? rest.slice(1) : [pieces.at(-1)!, ...rest.slice(1)];
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
