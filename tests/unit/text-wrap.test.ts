import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/text-wrap.ts';

const TEXT = { size: 16 };
describe('textWidth', () => {
  it('counts wide letters wider than narrow ones, and bold wider than regular', () => {
    expect(textWidth('mmmm', TEXT)).toBeGreaterThan(textWidth('iiii', TEXT));
    expect(textWidth('Leverance', { size: 16, bold: true })).toBeGreaterThan(
      textWidth('Leverance', TEXT),
    );
    expect(textWidth('abc', { size: 32 })).toBe(2 * textWidth('abc', TEXT));
  });

  it('gives letters it does not know a wide width, not none', () => {
    expect(textWidth('ж', TEXT)).toBeGreaterThanOrEqual(textWidth('n', TEXT));
  });
});

describe('wrapText', () => {
  const label =
    'Partnerskab mellem en jysk kommune og tre civilsamfundsorganisationer, etableret af Connector';

  it('keeps every line within the width and every word in its order', () => {
    for (const width of [120, 180, 240, 400]) {
      const lines = wrapText(label, width, TEXT);
      expect(lines.every((line) => textWidth(line, TEXT) <= width)).toBe(true);
      expect(lines.join(' ').replace(/- /g, '')).toBe(label.replace(/- /g, ''));
    }
  });

  it('breaks between words when every word fits a line', () => {
    expect(wrapText('Tematiske læringsseminarer', 170, TEXT)).toEqual([
      'Tematiske',
      'læringsseminarer',
    ]);
    expect(wrapText('Tematiske læringsseminarer', 1000, TEXT)).toEqual([
      'Tematiske læringsseminarer',
    ]);
  });

  it('breaks a word too wide for a line at its hyphenation points, filling the line first', () => {
    const hyphenate = (word: string) =>
      word === 'civilsamfundsorganisationer' ? 'civil\u00ADsamfunds\u00ADorganisationer' : word;
    const width = textWidth('og tre civilsamfunds-', TEXT);
    expect(wrapText('og tre civilsamfundsorganisationer', width, TEXT, hyphenate)).toEqual([
      'og tre civilsamfunds-',
      'organisationer',
    ]);
  });

  it('breaks after a hyphen the word has, without adding another', () => {
    const width = textWidth('perspektivet', TEXT) + 1;
    expect(wrapText('recovery-perspektivet', width, TEXT)).toEqual(['recovery-', 'perspektivet']);
  });

  it('breaks a word with no hyphenation points between letters, each part with a hyphen', () => {
    const lines = wrapText('stofmisbrugsbehandlingen', textWidth('stofmisbrugs', TEXT), TEXT);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe('stofmisbrugsbehandlingen');
    expect(lines.every((line) => textWidth(line, TEXT) <= textWidth('stofmisbrugs', TEXT))).toBe(
      true,
    );
  });

  it('ends even when a line is narrower than one letter, and gives no empty lines', () => {
    const lines = wrapText('mm m', 2, TEXT);
    expect(lines.join('').replace(/-/g, '')).toBe('mmm');
    expect(lines.every((line) => line.length > 0)).toBe(true);
    expect(wrapText('  ', 100, TEXT)).toEqual([]);
  });
});
