const WORDS = [
  'nul',
  'én',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'syv',
  'otte',
  'ni',
  'ti',
  'elleve',
  'tolv',
];

/**
 * A count as Danish editors write it in running text: in words up to twelve, in digits above.
 * @example countWord(4) // 'fire'
 * @example countWord(13) // '13'
 */
export function countWord(count: number): string {
  return WORDS[count] ?? String(count);
}
