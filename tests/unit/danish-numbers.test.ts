import { describe, expect, it } from 'vitest';
import { countNoun, countWord } from '../../src/lib/danish-numbers.ts';

describe('countWord', () => {
  it('writes small counts in words', () => {
    expect(countWord(4)).toBe('fire');
    expect(countWord(5)).toBe('fem');
    expect(countWord(12)).toBe('tolv');
  });

  it('writes counts above twelve in digits', () => {
    expect(countWord(13)).toBe('13');
    expect(countWord(250)).toBe('250');
  });
});

describe('countNoun', () => {
  const finding = { one: 'Resultat', many: 'Resultater', neuter: true };
  const method = { one: 'Metode', many: 'Metoder' };

  it('agrees »én« and »ét« with the noun’s gender', () => {
    expect(countNoun(1, finding)).toBe('ét resultat');
    expect(countNoun(1, method)).toBe('én metode');
  });

  it('writes more than one in words up to twelve, in the plural', () => {
    expect(countNoun(4, finding)).toBe('fire resultater');
    expect(countNoun(13, method)).toBe('13 metoder');
  });
});
