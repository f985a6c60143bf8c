/**
 * Whether an entry is shown: drafts appear while editing (`astro dev`) and never in a production build.
 * @param isDev true under `astro dev`
 * @example isVisible({ data: { draft: true } }, false) // false
 */
export function isVisible(entry: { data: { draft?: boolean } }, isDev: boolean): boolean {
  return isDev || entry.data.draft !== true;
}
