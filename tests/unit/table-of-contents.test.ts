import { describe, expect, it } from 'vitest';
import { tableOfContents, TOC_MIN_SECTIONS } from '../../src/lib/table-of-contents.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('tableOfContents', () => {
  it('is empty on a page with fewer sections than the minimum, and lists them at the minimum', () => {
    const sections = Array.from({ length: TOC_MIN_SECTIONS }, (_, index) => h(2, `s${index}`));
    expect(tableOfContents(sections.slice(1))).toEqual([]);
    expect(tableOfContents(sections)).toHaveLength(TOC_MIN_SECTIONS);
  });

  it('lists h2 and h3 but not deeper headings on a long page', () => {
    const headings = [h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(2, 'b'), h(2, 'c')];
    expect(tableOfContents(headings).map((heading) => heading.slug)).toEqual(['a', 'a1', 'b', 'c']);
  });
});
