import { compile } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { compileBody } from '../../src/checks/compile-body.ts';
import { rehypeHeadingIds } from '../../src/integrations/heading-ids.ts';

function heading(tagName: string, text: string, id?: string): Element {
  return {
    type: 'element',
    tagName,
    properties: id ? { id } : {},
    children: [{ type: 'text', value: text }],
  };
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

/** The ids the site's rehype plugin puts on the headings of a body, read from the final tree. */
async function siteIds(body: string, format: 'md' | 'mdx'): Promise<string[]> {
  const ids: string[] = [];
  const read = () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (/^h[2-6]$/.test(node.tagName)) ids.push(String(node.properties['id']));
    });
  };
  await compile(body, { format, rehypePlugins: [rehypeHeadingIds, read] });
  return ids;
}

const SAMPLE = [
  '## Hvad kilden ikke oplyser',
  '## Forudsætninger for *fælles* læring',
  '### Brug `npm run check` før udgivelse',
  '## Se [kilden](/kilder/case-effektive-forandringer/) og **Århus**',
  '## Om fundet',
  '## Om fundet',
  '#### Om fundet',
  '## ???',
  '## Økonomi & ældre',
].join('\n\nTekst.\n\n');

describe('rehypeHeadingIds', () => {
  it('gives headings transliterated ASCII ids', () => {
    expect(
      idsOf([heading('h2', 'Hvad kilden ikke oplyser'), heading('h3', 'Forudsætninger')]),
    ).toEqual(['hvad-kilden-ikke-oplyser', 'forudsaetninger']);
  });

  it('numbers repeated headings so every anchor is unique', () => {
    expect(
      idsOf([heading('h2', 'Om fundet'), heading('h2', 'Om fundet'), heading('h2', 'Om fundet')]),
    ).toEqual(['om-fundet', 'om-fundet-2', 'om-fundet-3']);
  });

  it('keeps an id the author set and leaves paragraphs alone', () => {
    expect(idsOf([heading('h2', 'Kerneudfordringen', 'kerne'), heading('p', 'Tekst')])).toEqual([
      'kerne',
      undefined,
    ]);
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

describe('the content check and the site agree on heading ids', () => {
  it('gives the ids the rehype plugin gives, for Danish letters, repeats, code, links and emphasis', async () => {
    const site = await siteIds(SAMPLE, 'mdx');
    expect(site).toEqual([
      'hvad-kilden-ikke-oplyser',
      'forudsaetninger-for-faelles-laering',
      'brug-npm-run-check-foer-udgivelse',
      'se-kilden-og-aarhus',
      'om-fundet',
      'om-fundet-2',
      'om-fundet-3',
      'afsnit',
      'oekonomi-aeldre',
    ]);
    expect((await compileBody(SAMPLE, 'mdx')).headingIds).toEqual(site);
  });

  it('agrees on plain Markdown bodies too', async () => {
    const body = '## Trin <em>1</em> & 2\n\n## Trin 1 & 2\n';
    expect((await compileBody(body, 'md')).headingIds).toEqual(await siteIds(body, 'md'));
  });
});
