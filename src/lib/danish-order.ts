import { slugify } from './slug.ts';

const COLLATOR = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/**
 * Sorts copies of items in Danish alphabetical order, where æ, ø and å come after z.
 * @example sortDanish(['Øje', 'Abe', 'Ål'], (s) => s) // ['Abe', 'Øje', 'Ål']
 */
export function sortDanish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => COLLATOR.compare(key(a), key(b)));
}

/** A letter of the alphabet and the items that start with it. */
export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Groups items under their first letter, A–Å, in Danish order; for A–Å lists.
 * @example groupByInitial(['Abe', 'Ål'], (s) => s) // [{ letter: 'A', … }, { letter: 'Å', … }]
 */
export function groupByInitial<T>(items: readonly T[], key: (item: T) => string): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const item of sortDanish(items, key)) {
    const letter = key(item).trim().charAt(0).toLocaleUpperCase('da');
    const last = groups.at(-1);
    if (last && last.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}

/**
 * The anchor of a letter's section in an A–Å list.
 * @example letterAnchor('Ø') // 'bogstav-oe'
 */
export function letterAnchor(letter: string): string {
  return `bogstav-${slugify(letter)}`;
}
