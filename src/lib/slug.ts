/** Danish letters that have a fixed ASCII spelling in slugs and anchors. */
const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/**
 * Turns Danish text into an ASCII slug: æ→ae, ø→oe, å→aa, other accents dropped,
 * everything that is not a letter or digit collapsed into single hyphens.
 * The same function names files, URLs and heading anchors, so they never disagree.
 * @example slugify('Læring og implementering') // 'laering-og-implementering'
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
