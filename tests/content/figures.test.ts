import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtPages } from '../support/dist.ts';

// What this site's figures say, pinned to its sources. The engine's own figure tests are in
// tests/build/figures.test.ts.

const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const theory = parse(
  readFileSync(
    new URL('../../content/theory-of-change/forandringsteori.yaml', import.meta.url),
    'utf8',
  ),
) as { edges: { from: string; to: string; assumption?: string }[] };

describe('the theory of change of fremskudt behandling', () => {
  it('carries no assumption, because the sources state none', () => {
    expect(theory.edges.filter((edge) => edge.assumption)).toEqual([]);
  });
});

describe('the phase journey', () => {
  it.each(['/', '/model/'])('stands on %s with all four phases', (url) => {
    expect(page(url).root.querySelectorAll('nav[aria-label="De fire faser"] li')).toHaveLength(4);
  });

  it.each([
    'udvikling-af-indsatsen',
    'laering-og-implementering',
    'evaluering',
    'vidensspredning-forankring-og-udbredelse',
  ])('marks %s as the current step on its own page, with no link to itself', (slug) => {
    const nav = page(`/faser/${slug}/`).root.querySelector('nav[aria-label="De fire faser"]')!;
    const current = nav.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.tagName).not.toBe('A');
    expect(current[0]!.querySelector('a')).toBeNull();
    expect(nav.querySelectorAll('a').map((a) => a.getAttribute('href'))).not.toContain(
      `/faser/${slug}/`,
    );
    expect(nav.querySelectorAll('a')).toHaveLength(3);
  });
});

describe('the involvement process of Københavns Kommune', () => {
  it('shows its real numbers in order on the guide about involving users', () => {
    const steps = page('/vejledninger/inddrag-brugere-og-interessenter/')
      .root.querySelectorAll('figure.sequence li strong')
      .map((s) => s.text);
    expect(steps).toEqual([
      'Omkring 35 individuelle interview med brugere',
      '6 udfordringer',
      '2 workshops med omkring 20 eksterne og omkring 40 interne deltagere',
      '13 udfordringer',
      '3 overordnede udfordringer, nogle årsager og 1 kerneudfordring',
    ]);
  });
});
