import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';

// This site's own addresses, which the ministry and municipalities link to; the engine's tests
// derive theirs from the registry.

const urls = new Set(builtPages().map((page) => page.url));

/** The permanent URLs the ministry and municipalities link to. */
const PERMANENT_URLS = [
  '/',
  '/model/',
  '/faser/',
  '/resultater/',
  '/vejledninger/',
  '/metoder/',
  '/kilder/',
  '/ordliste/',
  '/om/',
  '/tilgaengelighed/',
  '/privatliv/',
  '/soeg/',
  '/sider/',
  '/for/kommune/',
  '/for/praktiker/',
  '/for/ministerium-og-forskning/',
  '/404.html',
  '/faser/udvikling-af-indsatsen/',
  '/faser/laering-og-implementering/',
  '/faser/evaluering/',
  '/faser/vidensspredning-forankring-og-udbredelse/',
];

describe('the built site', () => {
  it('has every permanent URL', () => {
    expect(PERMANENT_URLS.filter((url) => !urls.has(url))).toEqual([]);
  });
});
