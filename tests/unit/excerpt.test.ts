import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/excerpt.ts';

describe('excerptParts', () => {
  it('splits highlighted words from the text around them', () => {
    expect(excerptParts('holde <mark>forbedringsmøder</mark> hver måned')).toEqual([
      { text: 'holde ', marked: false },
      { text: 'forbedringsmøder', marked: true },
      { text: ' hver måned', marked: false },
    ]);
  });

  it('turns escaped markup back into the plain text it stands for, never into elements', () => {
    expect(
      excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&quot;x&quot;</mark>'),
    ).toEqual([
      { text: '<script>alert(1)</script> & ', marked: false },
      { text: '"x"', marked: true },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
