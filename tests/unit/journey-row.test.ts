import { describe, expect, it } from 'vitest';
import { journeyRow, journeyRowWidth, longestWord, ROW_WIDTHS } from '../../src/lib/journey-row.ts';

describe('longestWord', () => {
  it('counts the longest word with the punctuation that sticks to it', () => {
    expect(longestWord('Vidensspredning, forankring og udbredelse')).toBe(16);
  });

  it('counts Danish letters once and leaves soft hyphens out', () => {
    expect(longestWord('læ\u00adrings\u00adorienteret')).toBe(17);
  });

  it('gives 0 for no text', () => {
    expect(longestWord('')).toBe(0);
  });
});

describe('journeyRowWidth', () => {
  const two = [{ title: 'Forberedelse' }, { title: 'Afprøvning' }];

  it('grows with the number of steps', () => {
    const three = [...two, { title: 'Opfølgning' }];
    expect(journeyRowWidth(three)).toBeGreaterThan(journeyRowWidth(two));
  });

  it('grows with the longest word, wherever it stands', () => {
    const longer = [two[0]!, { title: 'Samarbejdsorganisationerne' }];
    expect(journeyRowWidth(longer)).toBeGreaterThan(journeyRowWidth(two));
  });

  it('counts a summary word that is longer than every title', () => {
    const summaries = two.map((step) => ({
      ...step,
      summary: 'en læringsorienteret forbedringsindsats',
    }));
    expect(journeyRowWidth(summaries)).toBeGreaterThan(journeyRowWidth(two));
  });

  it('gives each step at least the room of its circle, however short its words', () => {
    const short = [{ title: 'A' }, { title: 'B' }];
    expect(journeyRowWidth(short)).toBeGreaterThan(2 * 2.25);
  });
});

describe('journeyRow', () => {
  it('picks the smallest width of the stylesheet that holds the row', () => {
    const steps = [{ title: 'Forberedelse' }, { title: 'Afprøvning' }];
    const row = journeyRow(steps)!;
    expect(ROW_WIDTHS).toContain(row);
    expect(row).toBeGreaterThanOrEqual(journeyRowWidth(steps));
    expect(ROW_WIDTHS.filter((width) => width < row).every((w) => w < journeyRowWidth(steps))).toBe(
      true,
    );
  });

  it('keeps five long steps off a row when no width of the stylesheet holds them', () => {
    const steps = Array.from({ length: 5 }, () => ({ title: 'Forbedringsarbejdsfællesskaberne' }));
    expect(journeyRowWidth(steps)).toBeGreaterThan(Math.max(...ROW_WIDTHS));
    expect(journeyRow(steps)).toBeUndefined();
  });
});
