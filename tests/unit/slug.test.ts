import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('spells æ, ø and å as ae, oe and aa', () => {
    expect(slugify('Læring og implementering')).toBe('laering-og-implementering');
    expect(slugify('Månedlige forbedringsmøder')).toBe('maanedlige-forbedringsmoeder');
  });

  it('transliterates capital Danish letters the same way', () => {
    expect(slugify('ÆØÅ')).toBe('aeoeaa');
  });

  it('drops other accents and punctuation and collapses hyphens', () => {
    expect(slugify('  Café – »Hvad virker?«  ')).toBe('cafe-hvad-virker');
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('?!')).toBe('');
  });
});
