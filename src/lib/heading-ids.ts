import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/da.ts';
import { slugify } from './slug.ts';

/** Collects the visible text of a hast node. */
function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child: Text) => {
    text += child.value;
  });
  return text;
}

/** The "link to this section" that follows a heading; the same markup as HeadingLink.astro. */
function headingLink(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['fb-heading__link'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['fb-visually-hidden'] }, children: [{ type: 'text', value: `${t('heading.link')}: ${text}` }] },
    ],
  };
}

/**
 * Rehype plugin: gives every h2–h6 without an id a stable ASCII id made with {@link slugify},
 * numbering repeats (`-2`, `-3`) so anchors stay unique, and puts a visible "link to this
 * section" after each h2 and h3. Astro keeps ids that are already set, so its own
 * (non-transliterated) ids never appear.
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
    visit(tree, 'element', (node, index, parent) => {
      if (!/^h[23]$/.test(node.tagName) || !parent || index === undefined) return;
      if (parent.type === 'element' && (parent.properties['className'] as string[] | undefined)?.includes('fb-heading')) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['fb-heading'] },
        children: [node, headingLink(String(node.properties['id']), textOf(node))],
      };
      (parent.children as (RootContent | ElementContent)[])[index] = wrapper;
    });
  };
}
