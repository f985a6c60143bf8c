import { collidingClaims } from '../lib/redirects.ts';
import { addressClaims, FIXED_PAGE_FILE } from './site-map.ts';
import type { AuditLine, Check } from './types.ts';

/**
 * Reports an address that two claims want: two entries, an entry and a fixed page, or a former
 * address (`aliases`) or short finding address and a live page. Each content file in the
 * collision is told which others claim the address.
 */
export const addresses: Check<AuditLine[]> = (_files, { published }) => {
  const lineOf = new Map(published.map((entry) => [entry.file, entry.lineOf]));
  return collidingClaims(addressClaims(published)).flatMap((group) => {
    // Two findings with one id are reported by the references check; that their short
    // addresses collide follows from it.
    if (group.every((claim) => claim.field === 'id')) return [];
    return group
      .filter((claim) => claim.file !== FIXED_PAGE_FILE)
      .map((claim) => ({
        level: 'fejl' as const,
        file: claim.file,
        line: lineOf.get(claim.file)?.([claim.field]),
        field: claim.field,
        message: `gør krav på adressen ${claim.url}, som også bruges af ${group
          .filter((other) => other !== claim)
          .map((other) => other.file)
          .join(', ')}`,
      }));
  });
};
