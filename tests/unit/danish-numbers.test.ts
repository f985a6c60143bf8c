import { describe, expect, it } from 'vitest';
import { countWord } from '../../src/lib/danish-numbers.ts';

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
