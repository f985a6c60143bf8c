/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The fewest h2 headings a page needs before it gets a table of contents. */
export const TOC_MIN_SECTIONS = 3;

/**
 * The headings a table of contents lists: h2 and h3 only, and none at all on short pages.
 * @example tableOfContents([{ depth: 2, slug: 'a', text: 'A' }]) // []
 */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2).length;
  if (sections < TOC_MIN_SECTIONS) return [];
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}
