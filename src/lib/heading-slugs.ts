import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { slugify } from './slug.ts';

/** Headings that get an id; the page title (h1) is the page itself. */
const SECTION_HEADING = /^h[2-6]$/;

/**
 * The visible text of a hast element, as readers see it: link text and inline code included.
 * @example headingText(h('h2', ['Brug ', h('code', 'npm')])) // 'Brug npm'
 */
export function headingText(node: Element): string {
  let text = '';
  visit(node, 'text', (child: Text) => {
    text += child.value;
  });
  return text;
}

/**
 * The one rule for heading ids, shared by the site (src/integrations/heading-ids.ts) and the
 * content check, so a link's #anchor is checked against the id the page really gets: every h2–h6
 * without an id gets the {@link slugify} of its text (`afsnit` when that is empty), and repeats
 * are numbered `-2`, `-3` so anchors stay unique. Ids set by the author are kept.
 * @returns the ids of every h2–h6 in the tree, in document order
 * @example assignHeadingIds(tree) // ['om-fundet', 'om-fundet-2']
 */
export function assignHeadingIds(tree: Root): string[] {
  const seen = new Map<string, number>();
  const ids: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!SECTION_HEADING.test(node.tagName)) return;
    if (!node.properties['id']) {
      const base = slugify(headingText(node)) || 'afsnit';
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      node.properties['id'] = count === 0 ? base : `${base}-${count + 1}`;
    }
    ids.push(String(node.properties['id']));
  });
  return ids;
}
