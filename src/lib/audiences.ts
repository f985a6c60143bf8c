/** The three readers the site serves; each value is also the slug of its page under /for/. */
export const AUDIENCES = ['kommune', 'praktiker', 'ministerium-og-forskning'] as const;

/** One of the three readers. */
export type Audience = (typeof AUDIENCES)[number];

/**
 * Keeps the entries written for one reader.
 * @example forAudience(guides, 'kommune')
 */
export function forAudience<T extends { data: { audiences: readonly Audience[] } }>(
  entries: readonly T[],
  audience: Audience,
): T[] {
  return entries.filter((entry) => entry.data.audiences.includes(audience));
}
