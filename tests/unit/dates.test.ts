import { describe, expect, it } from 'vitest';
import { danishDate, newestDate } from '../../src/lib/dates.ts';

describe('danishDate', () => {
  it('writes the date in Danish with a lowercase month', () => {
    expect(danishDate('2014-06-12')).toBe('12. juni 2014');
  });
});

describe('newestDate', () => {
  it('picks the latest ISO date', () => {
    expect(newestDate(['2026-01-02', '2026-11-25', '2025-12-31'])).toBe('2026-11-25');
  });

  it('refuses an empty list instead of inventing a date', () => {
    expect(() => newestDate([])).toThrow(/ingen datoer/);
  });
});
