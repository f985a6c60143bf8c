import { entryUrl } from './urls.ts';

/** A page that only sends the reader on to another address. */
export interface Redirect {
  /** The old or short address, with a trailing slash. */
  from: string;
  /** The current address. */
  to: string;
  /** The title of the page it leads to. */
  title: string;
}

/** An address an entry claims, and where the claim is written. */
export interface UrlClaim {
  url: string;
  file: string;
  field: string;
}

/**
 * Every address that more than one claim wants, each named with the files and fields that claim it.
 * This is what stops two entries, or an alias and a live page, from sharing one URL.
 */
export function urlCollisions(claims: readonly UrlClaim[]): string[] {
  return collidingClaims(claims).map(
    (list) =>
      `${list.map((claim) => `${claim.file}: feltet "${claim.field}"`).join(' og ')} gør krav på samme adresse ${list[0]?.url}`,
  );
}

/** The groups of claims that want the same address, each group with two or more claims. */
export function collidingClaims(claims: readonly UrlClaim[]): UrlClaim[][] {
  const byUrl = new Map<string, UrlClaim[]>();
  for (const claim of claims) byUrl.set(claim.url, [...(byUrl.get(claim.url) ?? []), claim]);
  return [...byUrl.values()].filter((list) => list.length > 1);
}

/**
 * The short address a finding also answers at, made from its permanent id.
 * @example shortFindingPath('F01') // '/resultater/f01/'
 */
export function shortFindingPath(id: string): string {
  return entryUrl('findings', id.toLowerCase());
}
