// Soft hyphens (U+00AD) in the long Danish words of a built page. A compound such as
// "civilsamfundsorganisationerne" is wider than a phone's text column or a card; without a
// hyphenation point the browser breaks it anywhere, with no hyphen. Browsers hyphenate Danish
// themselves only where they carry a Danish dictionary, so the points are written into the HTML
// at build time, from the Danish TeX patterns that Hyphenopoly ships (read from the package, so
// the build needs no network). The browser shows a hyphen only where it breaks the line.
// Hyphenopoly rather than the `hyphen` package, which has the same patterns: it is an ES module
// with a synchronous Node API and settings for the shortest word and part.
import { readFileSync } from 'node:fs';
import hyphenopoly from 'hyphenopoly';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { DANISH_HYPHENATION_EXCEPTIONS } from '../i18n/hyphenation-da.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export const SOFT_HYPHEN = '\u00AD';

/**
 * Shorter words fit a card or a 320 px column whole, and each soft hyphen costs two bytes, so
 * only the long compounds get them.
 */
export const MIN_WORD_LENGTH = 12;

/** Hyphenopoly refuses longer words; nothing Danish is that long. */
const MAX_WORD_LENGTH = 61;

let danish: ((word: string) => string) | undefined;

/** Hyphenopoly's Danish hyphenator, loaded on first use. */
function danishHyphenator(): (word: string) => string {
  danish ??= hyphenopoly
    .config({
      require: ['da'],
      sync: true,
      loaderSync: (file, patternFolder) => readFileSync(new URL(file, patternFolder)),
      hyphen: SOFT_HYPHEN,
      minWordLength: MIN_WORD_LENGTH,
      compound: 'auto',
      orphanControl: 1,
    })
    .get('da');
  if (!danish) throw new Error('Hyphenopoly kunne ikke indlæse de danske orddelingsmønstre');
  return danish;
}

const VOWEL = /[aeiouyæøåéèêáàüöä]/i;

/**
 * The Danish TeX patterns sometimes put a point next to a lone consonant ("me-d-ar-bej-der",
 * "So-ci-a-l-ud-val-get"), which lets a line end in "me-" and the next start with "darbejder".
 * Every syllable has a vowel, so a part without one joins the part before it ("med-ar-bej-der").
 */
function joinPartsWithoutVowel(hyphenated: string): string {
  const parts: string[] = [];
  for (const part of hyphenated.split(SOFT_HYPHEN)) {
    const last = parts.length - 1;
    if (last >= 0 && !(VOWEL.test(part) && VOWEL.test(parts[last]!))) parts[last] += part;
    else parts.push(part);
  }
  return parts.join(SOFT_HYPHEN);
}

/**
 * The word with soft hyphens at its Danish hyphenation points. Short words, words in capitals
 * (abbreviations) and words that already carry a soft hyphen stay as they are, which also makes
 * hyphenating a hyphenated text a no-op.
 * @example hyphenateWord('forbedringsmøder') // 'for\u00ADbed\u00ADrings\u00ADmø\u00ADder'
 */
export function hyphenateWord(word: string): string {
  if (word.length < MIN_WORD_LENGTH || word.length > MAX_WORD_LENGTH) return word;
  if (word.includes(SOFT_HYPHEN) || word === word.toUpperCase()) return word;
  const exception = EXCEPTIONS.get(word.toLocaleLowerCase('da'));
  if (exception) return withPoints(word, exception);
  return joinPartsWithoutVowel(danishHyphenator()(word));
}

/** The listed words by their letters, lower case, each with its hyphenation points. */
const EXCEPTIONS = new Map(
  DANISH_HYPHENATION_EXCEPTIONS.map((written) => [written.replaceAll('-', ''), written]),
);

/** The word as written (capitals kept), with soft hyphens where the listed form has its points. */
function withPoints(word: string, written: string): string {
  let out = '';
  let index = 0;
  for (const letter of written) {
    if (letter === '-') out += SOFT_HYPHEN;
    else out += word[index++];
  }
  return out;
}

/** An entity reference, kept whole, or a run of letters with any soft hyphens already in it. */
const TOKEN = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|[\p{L}\p{M}\u00AD]+/giu;
/** A chunk between spaces that is an address: a URL, a domain, an e-mail address or a path. */
const ADDRESS = /:\/\/|^www\.|@|\/|\p{L}\.\p{L}/iu;

/**
 * Hyphenates the long words of text as it stands in HTML source. Entity references and
 * addresses stay as they are, so a URL or an e-mail address shown as text still copies whole.
 */
export function hyphenateText(source: string): string {
  return source.replace(/\S+/g, (chunk) =>
    ADDRESS.test(chunk)
      ? chunk
      : chunk.replace(TOKEN, (token) => (token.startsWith('&') ? token : hyphenateWord(token))),
  );
}

/**
 * Elements whose text is not running prose: code and its kin, scripts and styles, form controls
 * whose text is a value, not-shown markup, and SVG and MathML, whose text does not wrap.
 */
const NOT_PROSE = new Set([
  'code',
  'kbd',
  'samp',
  'var',
  'pre',
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'select',
  'svg',
  'math',
]);

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function children(node: Node): readonly Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/**
 * The ids of elements whose text a copy button puts on the clipboard (`<fb-copy data-target>`):
 * a citation stays exactly as written, whether it is copied by the button or by selecting it.
 */
function copiedIds(node: Node, ids = new Set<string>()): Set<string> {
  if ('tagName' in node && node.tagName === 'fb-copy') {
    const target = attribute(node, 'data-target');
    if (target) ids.add(target);
  }
  for (const child of children(node)) copiedIds(child, ids);
  return ids;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * A built page with soft hyphens in the long words of the visible text inside <main>: prose,
 * headings, cards and tables. The head (title, metadata, JSON-LD), the header and footer,
 * attribute values (links, labels), code, SVG, text in another language than Danish and the
 * text a copy button copies stay as they are. Only the changed text is rewritten, in place, so
 * the rest of the file stays byte for byte the same.
 */
export function hyphenateHtml(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const skippedIds = copiedIds(document);
  const edits: Edit[] = [];

  function visit(node: Node, inMain: boolean, isDanish: boolean): void {
    if (node.nodeName === '#text' && 'value' in node) {
      const location = node.sourceCodeLocation;
      if (!inMain || !isDanish || !location) return;
      const source = html.slice(location.startOffset, location.endOffset);
      const text = hyphenateText(source);
      if (text !== source)
        edits.push({ start: location.startOffset, end: location.endOffset, text });
      return;
    }
    let main = inMain;
    let lang = isDanish;
    if ('tagName' in node) {
      if (NOT_PROSE.has(node.tagName)) return;
      const id = attribute(node, 'id');
      if (id && skippedIds.has(id)) return;
      main ||= node.tagName === 'main';
      const declared = attribute(node, 'lang');
      if (declared !== undefined) lang = /^da(-|$)/i.test(declared);
    }
    for (const child of children(node)) visit(child, main, lang);
  }
  visit(document, false, false);

  const parts: string[] = [];
  let done = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    parts.push(html.slice(done, edit.start), edit.text);
    done = edit.end;
  }
  parts.push(html.slice(done));
  return parts.join('');
}
