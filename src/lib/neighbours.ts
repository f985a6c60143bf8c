/** The entries before and after one entry in an ordered list. */
export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/**
 * Finds the neighbours of the item with the given id, for prev/next links between phases.
 * @example neighbours([{ id: 'a' }, { id: 'b' }], 'b') // { previous: { id: 'a' }, next: undefined }
 */
export function neighbours<T extends { id: string }>(
  items: readonly T[],
  id: string,
): Neighbours<T> {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) throw new Error(`neighbours: "${id}" findes ikke i rækken`);
  return { previous: items[index - 1], next: items[index + 1] };
}
