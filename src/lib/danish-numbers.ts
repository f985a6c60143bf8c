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

/**
 * A count with its noun, as running text writes it: »ét resultat«, »én metode«, »fire metoder«.
 * @example countNoun(1, { one: 'Resultat', many: 'Resultater', neuter: true }) // 'ét resultat'
 * @example countNoun(4, { one: 'Metode', many: 'Metoder' }) // 'fire metoder'
 */
export function countNoun(
  count: number,
  name: { one: string; many: string; neuter?: boolean | undefined },
): string {
  const noun = (count === 1 ? name.one : name.many).toLocaleLowerCase('da');
  const number = count === 1 && name.neuter ? 'ét' : countWord(count);
  return `${number} ${noun}`;
}
