import { describe, expect, it } from 'vitest';
import { editorialNote, pageGaps } from '../../src/lib/gaps.ts';

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

describe('editorialNote', () => {
  it('explains the editors’ marks only on a page that has one', () => {
    expect(editorialNote(false)).toBe('');
    expect(editorialNote(true)).toContain('redaktionens kobling');
  });
});
