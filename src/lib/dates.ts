const DANISH_DATE = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Writes an ISO date the way Danish readers expect it.
 * @example danishDate('2026-11-25') // '25. november 2026'
 */
export function danishDate(isoDate: string): string {
  return DANISH_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * The newest of a list of ISO dates, for overview pages that show when their content last changed.
 * @example newestDate(['2026-01-02', '2026-03-01']) // '2026-03-01'
 */
export function newestDate(isoDates: readonly string[]): string {
  const newest = [...isoDates].sort().at(-1);
  if (!newest) throw new Error('newestDate: der er ingen datoer at vælge imellem');
  return newest;
}
