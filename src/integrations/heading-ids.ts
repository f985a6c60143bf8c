import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/da.ts';
import { assignHeadingIds, headingText } from '../lib/heading-slugs.ts';

/** The "link to this section" that follows a heading; the same markup as AnchorHeading.astro. */
function headingLink(id: string, text: string): Element {
  const label = `${t('heading.link')}: ${text}`;
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['fb-heading__link'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: '#' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['fb-visually-hidden'] },
        children: [{ type: 'text', value: label }],
      },
    ],
  };
}

/**
 * Rehype plugin: gives every h2–h6 without an id the stable ASCII id of
 * {@link assignHeadingIds} (the rule the content check also uses), and puts a visible "link to
 * this section" after each h2 and h3. Astro keeps ids that are already set, so its own
 * (non-transliterated) ids never appear.
 */
export function rehypeHeadingIds() {
  return (tree: Root): void => {
    assignHeadingIds(tree);
    visit(tree, 'element', (node, index, parent) => {
      if (!/^h[23]$/.test(node.tagName) || !parent || index === undefined) return;
      const classes = parent.type === 'element' ? parent.properties['className'] : undefined;
      if ((classes as string[] | undefined)?.includes('fb-heading')) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['fb-heading'] },
        children: [node, headingLink(String(node.properties['id']), headingText(node))],
      };
      (parent.children as (RootContent | ElementContent)[])[index] = wrapper;
    });
  };
}
