import { diffWords } from 'diff';

/** A run of words that two versions share, or that one of them adds or removes. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * What changed between two texts, word by word, from the `diff` library.
 * @example wordDiff('a b', 'a c').map((p) => p.kind) // ['same', 'removed', 'added']
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
