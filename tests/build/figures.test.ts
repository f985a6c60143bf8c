import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { builtPages } from '../support/dist.ts';

// How the engine draws a theory of change from its data; what this site's figures say is pinned
// in tests/content/figures.test.ts.

const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const theory = parse(
  readFileSync(
    new URL('../../content/theory-of-change/forandringsteori.yaml', import.meta.url),
    'utf8',
  ),
) as {
  nodes: { id: string; label: string; href: string; kind: string }[];
  edges: { from: string; to: string }[];
};

describe('the theory of change at /model/forandringsteori/', () => {
  const figure = page('/model/forandringsteori/').root.querySelector('figure.theory')!;

  it('draws every box from the data as a link to the page that explains it', () => {
    const drawn = figure
      .querySelectorAll('.theory__node > a')
      .map((a) => [a.text.trim(), a.getAttribute('href')]);
    expect(drawn).toEqual(
      expect.arrayContaining(theory.nodes.map((node) => [node.label, node.href])),
    );
    expect(drawn).toHaveLength(theory.nodes.length);
  });

  it('holds the same boxes and arrows as a table in the same figure', () => {
    const rows = figure.querySelectorAll('table tbody tr');
    expect(rows.map((row) => row.querySelector('th')?.text.trim()).sort()).toEqual(
      theory.nodes.map((node) => node.label).sort(),
    );
    for (const edge of theory.edges) {
      const from = theory.nodes.find((node) => node.id === edge.from)!;
      const to = theory.nodes.find((node) => node.id === edge.to)!;
      const row = rows.find((r) => r.querySelector('th')?.text.trim() === from.label)!;
      expect(row.querySelectorAll('td')[2]?.text).toContain(to.label);
    }
  });

  it("labels aims and values in words, apart from reported results, and says it is the editors' arrangement", () => {
    for (const node of theory.nodes) {
      const box = figure
        .querySelectorAll('.theory__node')
        .find((b) => b.querySelector('a')?.text.trim() === node.label)!;
      const label = box.querySelector('.theory__kind')?.text;
      if (node.kind === 'formaal') expect(label).toBe('Formål – ikke målt');
      if (node.kind === 'vaerdi') expect(label).toBe('Værdi – ikke et resultat');
      if (node.kind === 'rapporteret-resultat') expect(label).toBe('Rapporteret resultat');
    }
    expect(figure.querySelector('figcaption')?.text).toContain(
      'Redaktionens sammenstilling af kildernes beskrivelse',
    );
  });

  it('is linked from /model/', () => {
    expect(
      page('/model/')
        .root.querySelectorAll('a')
        .some((a) => a.getAttribute('href') === '/model/forandringsteori/'),
    ).toBe(true);
  });
});
