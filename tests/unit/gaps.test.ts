import { describe, expect, it } from 'vitest';
import { pageGaps } from '../../src/lib/gaps.ts';

describe('pageGaps', () => {
  it('gives each empty part a line that carries its anchor, and leaves filled parts out', () => {
    const gaps = pageGaps({
      parts: [
        { id: 'kontekst', filled: true, missing: 'Ingen kontekst.' },
        { id: 'mekanisme', filled: false, missing: 'Ingen mekanisme.' },
      ],
    });
    expect(gaps.lines).toEqual([{ id: 'mekanisme', text: 'Ingen mekanisme.' }]);
  });

  it('puts the page’s own lines after the parts and drops empty notes', () => {
    const gaps = pageGaps({
      parts: [{ id: 'a', filled: false, missing: 'A mangler.' }],
      own: ['Prisen.'],
      notes: ['', 'En note.'],
      formerAnchors: ['gammelt-afsnit'],
    });
    expect(gaps.lines.map((line) => line.text)).toEqual(['A mangler.', 'Prisen.', 'En note.']);
    expect(gaps.formerAnchors).toEqual(['gammelt-afsnit']);
  });

  it('has no lines for a page the sources cover', () => {
    expect(pageGaps({}).lines).toEqual([]);
  });
});

describe('the note on the editors’ marks', () => {
  it('is added only to a page that has one, last, and kept out of search', () => {
    expect(pageGaps({ own: ['Prisen.'] }).lines).toHaveLength(1);
    const lines = pageGaps({ own: ['Prisen.'], editorial: true }).lines;
    expect(lines.at(-1)?.text).toContain('redaktionens kobling');
    expect(lines.at(-1)?.unindexed).toBe(true);
  });
});
