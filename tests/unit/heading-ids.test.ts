import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingIds } from '../../src/lib/heading-ids.ts';

function heading(tagName: string, text: string, id?: string): Element {
  return { type: 'element', tagName, properties: id ? { id } : {}, children: [{ type: 'text', value: text }] };
}

function idsOf(children: Element[]): unknown[] {
  const tree: Root = { type: 'root', children };
  rehypeHeadingIds()(tree);
  return children.map((child) => child.properties['id']);
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
});
