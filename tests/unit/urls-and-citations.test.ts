import { describe, expect, it } from 'vitest';
import { forAudience } from '../../src/lib/audiences.ts';
import { citationsOf } from '../../src/lib/source-citations.ts';
import { entryAddress, entryUrl, pageUrl } from '../../src/lib/urls.ts';

describe('entryUrl', () => {
  it('gives each collection its permanent Danish prefix and a trailing slash', () => {
    expect(entryUrl('phases', 'evaluering')).toBe('/faser/evaluering/');
    expect(entryUrl('findings', 'x')).toBe('/resultater/x/');
    expect(entryUrl('guides', 'x')).toBe('/vejledninger/x/');
    expect(entryUrl('methods', 'x')).toBe('/metoder/x/');
    expect(entryUrl('sources', 'x')).toBe('/kilder/x/');
    expect(entryAddress('glossary', 'recovery')).toBe('/ordliste/#recovery');
    expect(pageUrl('om/redaktion')).toBe('/om/redaktion/');
  });
});

describe('citationsOf', () => {
  it('lists each source once, however many entries cite it', () => {
    const a = { collection: 'sources' as const, id: 'a' };
    const b = { collection: 'sources' as const, id: 'b' };
    const entries = [
      { data: { sources: [{ source: a, locator: '1' }] } },
      {
        data: {
          sources: [
            { source: a, locator: '2' },
            { source: b, locator: '3' },
          ],
        },
      },
    ];
    expect(citationsOf(entries).map((citation) => citation.source.id)).toEqual(['a', 'b']);
  });
});

describe('forAudience', () => {
  it('keeps only the entries written for the reader', () => {
    const entries = [
      { id: 1, data: { audiences: ['kommune'] as const } },
      { id: 2, data: { audiences: ['praktiker', 'kommune'] as const } },
      { id: 3, data: { audiences: ['praktiker'] as const } },
    ];
    expect(forAudience(entries, 'kommune').map((entry) => entry.id)).toEqual([1, 2]);
  });
});
