import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { slugify } from './slug.ts';

/** Collects the visible text of a hast node. */
function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child: Text) => {
    text += child.value;
  });
  return text;
}

/**
 * Rehype plugin: gives every h2–h6 without an id a stable ASCII id made with
 * {@link slugify}, numbering repeats (`-2`, `-3`) so anchors stay unique.
 * Astro keeps ids that are already set, so its own (non-transliterated) ids never appear.
 */
export function rehypeHeadingIds() {
  return (tree: Root): void => {
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName) || node.properties['id']) return;
      const base = slugify(textOf(node)) || 'afsnit';
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      node.properties['id'] = count === 0 ? base : `${base}-${count + 1}`;
    });
  };
}
