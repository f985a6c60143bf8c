import { describe, expect, it } from 'vitest';
import { SEARCH_TYPES, searchFields } from '../../src/lib/search-index.ts';
import { SEARCH_META } from '../../src/lib/search-meta.ts';
import { slugify } from '../../src/lib/slug.ts';

describe('searchFields', () => {
  it('gives one filter per value, as slugs, and the type label and date as meta', () => {
    expect(
      searchFields({
        type: 'metode',
        phases: ['evaluering', 'laering-og-implementering'],
        audiences: ['kommune'],
        updated: '2026-11-25',
      }),
    ).toEqual({
      filters: [
        'type:metode',
        'fase:evaluering',
        'fase:laering-og-implementering',
        'maalgruppe:kommune',
      ],
      meta: ['type:Metode', 'date:2026-11-25'],
    });
  });

  it('gives the origin as a filter and its mark as meta, and no mark for the site’s own', () => {
    expect(
      searchFields({ type: 'resultat', origin: 'kk-inddragelse-2014', originLabel: 'KK 2014' }),
    ).toEqual({
      filters: ['type:resultat', 'oprindelse:kk-inddragelse-2014'],
      meta: ['type:Resultat', 'origin:KK 2014'],
    });
    expect(searchFields({ type: 'fase', origin: 'fremskudt-behandling' }).meta).toEqual([
      'type:Fase',
    ]);
  });

  it('gives only the type for a page with no phase, audience or date', () => {
    expect(searchFields({ type: 'side' })).toEqual({ filters: ['type:side'], meta: ['type:Side'] });
  });

  it('gives the keywords as one meta value, commas kept, and never as a filter', () => {
    const fields = searchFields({
      type: 'vejledning',
      keywords: ['brugerinddragelse', 'inddragelse af borgere'],
    });
    expect(fields.meta).toContain(
      `${SEARCH_META.keywords}:brugerinddragelse, inddragelse af borgere`,
    );
    expect(fields.filters).toEqual(['type:vejledning']);
  });

  it('gives no keywords meta for a page without keywords', () => {
    const { meta } = searchFields({ type: 'metode', keywords: [] });
    expect(meta.filter((value) => value.startsWith(`${SEARCH_META.keywords}:`))).toEqual([]);
  });
});

describe('SEARCH_TYPES', () => {
  it('keys each content type by the slug of its label', () => {
    expect(Object.keys(SEARCH_TYPES).length).toBeGreaterThan(0);
    for (const [slug, label] of Object.entries(SEARCH_TYPES)) expect(slugify(label)).toBe(slug);
  });
});
