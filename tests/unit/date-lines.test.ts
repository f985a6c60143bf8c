import { describe, expect, it } from 'vitest';
import { invalidDates } from '../../src/lib/date-lines.ts';

describe('invalidDates', () => {
  it('accepts real dates in frontmatter and change logs', () => {
    expect(invalidDates('updated: 2026-11-25\nchangelog:\n  - date: "2024-02-29"\n    note: x')).toEqual([]);
  });

  it('finds a month that does not exist, which YAML would silently roll over', () => {
    expect(invalidDates('title: x\nupdated: 2026-13-25')).toEqual([{ line: 2, field: 'updated', value: '2026-13-25' }]);
  });

  it('finds a day that does not exist in a list item', () => {
    expect(invalidDates('changelog:\n  - date: 2026-02-30')).toEqual([{ line: 2, field: 'date', value: '2026-02-30' }]);
  });

  it('finds a date without leading zeros', () => {
    expect(invalidDates('published: 2026-1-5')).toEqual([{ line: 1, field: 'published', value: '2026-1-5' }]);
  });
});
