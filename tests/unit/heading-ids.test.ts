import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingIds } from '../../src/lib/heading-ids.ts';

function heading(tagName: string, text: string, id?: string): Element {
  return { type: 'element', tagName, properties: id ? { id } : {}, children: [{ type: 'text', value: text }] };
}

function run(children: Element[]): Root {
  const tree: Root = { type: 'root', children };
  rehypeHeadingIds()(tree);
  return tree;
}

function idsOf(children: Element[]): unknown[] {
  const ids: unknown[] = [];
  visit(run(children), 'element', (node: Element) => {
    if (/^(h\d|p)$/.test(node.tagName)) ids.push(node.properties['id']);
  });
  return ids;
}

describe('rehypeHeadingIds', () => {
  it('gives headings transliterated ASCII ids', () => {
    expect(idsOf([heading('h2', 'Hvad kilden ikke oplyser'), heading('h3', 'Forudsætninger')])).toEqual([
      'hvad-kilden-ikke-oplyser',
      'forudsaetninger',
    ]);
  });

  it('numbers repeated headings so every anchor is unique', () => {
    expect(idsOf([heading('h2', 'Om fundet'), heading('h2', 'Om fundet'), heading('h2', 'Om fundet')])).toEqual([
      'om-fundet',
      'om-fundet-2',
      'om-fundet-3',
    ]);
  });

  it('keeps an id the author set and leaves paragraphs alone', () => {
    expect(idsOf([heading('h2', 'Kerneudfordringen', 'kerne'), heading('p', 'Tekst')])).toEqual(['kerne', undefined]);
  });

  it('puts a named "link to this section" after each h2 and h3, pointing at its id', () => {
    const tree = run([heading('h2', 'Om fundet'), heading('h4', 'Detalje')]);
    const links: { href: unknown; text: string }[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      let text = '';
      visit(node, 'text', (child) => {
        text += child.value;
      });
      links.push({ href: node.properties['href'], text });
    });
    expect(links).toEqual([{ href: '#om-fundet', text: '#Link til afsnittet: Om fundet' }]);
  });
});
