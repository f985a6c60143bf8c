/**
 * The date of the newest change, which is what "last modified" means for a versioned page.
 * @example lastChange([{ date: '2026-01-01' }, { date: '2026-03-01' }]) // '2026-03-01'
 */
export function lastChange(changelog: readonly { date: string }[]): string | undefined {
  return changelog
    .map((change) => change.date)
    .sort()
    .at(-1);
}
