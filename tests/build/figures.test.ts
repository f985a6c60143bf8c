import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { t, type TextKey } from '../../src/i18n/da.ts';
import { countWord } from '../../src/lib/danish-numbers.ts';
import { ROW_WIDTHS } from '../../src/lib/journey-row.ts';
import { overviewUrl } from '../../src/lib/urls.ts';
import { builtPages, DIST } from '../support/dist.ts';
import { readContentFiles } from '../support/content-files.ts';

// How the engine draws a theory of change and the phase journey from their data; what this site's
// figures say is pinned in tests/content/figures.test.ts.

/** A box of the theory of change, as its data file gives it. */
interface TheoryNodeData {
  id: string;
  column?: string;
  label: string;
  href: string;
  kind: string;
}

const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const theory = parse(
  readFileSync(
    new URL('../../content/theory-of-change/forandringsteori.yaml', import.meta.url),
    'utf8',
  ),
) as {
  title: string;
  caption: string;
  nodes: TheoryNodeData[];
  edges: { from: string; to: string }[];
};

describe('the theory of change at /model/forandringsteori/', () => {
  const root = page('/model/forandringsteori/').root;
  const figure = root.querySelector('figure.theory')!;
  const drawings = figure.querySelectorAll('svg');
  const kindLabel = (kind: string) => t(`theory.kind.${kind}` as TextKey);
  const name = (node: TheoryNodeData) => `${node.label} (${kindLabel(node.kind)})`;
  /** Text without the line breaks, hyphens and soft hyphens of its layout, to compare words. */
  const squash = (text: string | undefined) => text?.replace(/[\s\-\u00ad]/g, '');
  /** Text as read, without the soft hyphens the build puts into words. */
  const read = (element: HTMLElement | null | undefined) =>
    element?.text.replace(/\u00ad/g, '').trim();
  const nodeById = (id: string) => theory.nodes.find((node) => node.id === id)!;
  /** The frame of the box a link draws: its first rectangle. */
  const frame = (link: HTMLElement) => {
    const rect = link.querySelector('rect')!;
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) =>
      Number(rect.getAttribute(a)),
    );
    return { x: x!, y: y!, width: width!, height: height! };
  };
  /** Whether a point lies on a frame's border, give or take the arrow's small gap. */
  const onBorder = ([x, y]: number[], f: ReturnType<typeof frame>) => {
    const inX = x! >= f.x - 2 && x! <= f.x + f.width + 2;
    const inY = y! >= f.y - 2 && y! <= f.y + f.height + 2;
    const nearX = Math.min(Math.abs(x! - f.x), Math.abs(x! - f.x - f.width)) <= 2;
    const nearY = Math.min(Math.abs(y! - f.y), Math.abs(y! - f.y - f.height)) <= 2;
    return (nearX && inY) || (nearY && inX);
  };

  it('draws the diagram for narrow and wide spaces, each with a title and a description', () => {
    expect(drawings.length).toBeGreaterThanOrEqual(2);
    for (const svg of drawings) {
      expect(svg.getAttribute('role')).toBe('group');
      const title = root.getElementById(svg.getAttribute('aria-labelledby')!);
      const description = root.getElementById(svg.getAttribute('aria-describedby')!);
      expect([title?.tagName, description?.tagName]).toEqual(['TITLE', 'DESC']);
      expect(title!.parentNode).toBe(svg);
      expect(title!.text).toBe(theory.title);
      for (const column of new Set(theory.nodes.map((node) => node.column).filter(Boolean)))
        expect(description!.text).toContain(t(`theory.column.${column}` as TextKey));
    }
  });

  it('draws every box of the data as a link to its page, named by its text and its kind', () => {
    for (const svg of drawings) {
      const links = svg.querySelectorAll('a');
      expect(
        links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]).sort(),
      ).toEqual(theory.nodes.map((node) => [node.href, name(node)]).sort());
      for (const node of theory.nodes) {
        const link = links.find((a) => a.getAttribute('aria-label') === name(node))!;
        const [kind, label] = link.querySelectorAll('text');
        expect(squash(kind?.text)).toBe(squash(kindLabel(node.kind)));
        expect(squash(label?.text)).toBe(squash(node.label));
      }
    }
  });

  it('draws every arrow of the data from the box it leaves to the box it points at', () => {
    for (const svg of drawings) {
      const arrows = svg
        .querySelectorAll('.theory__arrows path')
        .filter((path) => !path.classList.contains('theory__flow'));
      expect(arrows).toHaveLength(theory.edges.length);
      const ends = arrows.map((path) => {
        const points = [...path.getAttribute('d')!.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)];
        return [points[0]!, points.at(-1)!].map((p) => [Number(p[1]), Number(p[2])]);
      });
      const frameOf = (id: string) =>
        frame(
          svg
            .querySelectorAll('a')
            .find((a) => a.getAttribute('aria-label') === name(nodeById(id)))!,
        );
      for (const edge of theory.edges) {
        const drawn = ends.filter(
          ([start, tip]) =>
            onBorder(start!, frameOf(edge.from)) && onBorder(tip!, frameOf(edge.to)),
        );
        expect(drawn, `${edge.from} → ${edge.to}`).toHaveLength(1);
      }
      const marker = svg.querySelector('marker')!.getAttribute('id');
      for (const path of arrows) expect(path.getAttribute('marker-end')).toBe(`url(#${marker})`);
    }
  });

  it('holds the same boxes, kinds and arrows as a table in the same figure', () => {
    const rows = figure.querySelectorAll('table tbody tr');
    expect(rows.map((row) => read(row.querySelector('th'))).sort()).toEqual(
      theory.nodes.map((node) => node.label).sort(),
    );
    for (const node of theory.nodes) {
      const row = rows.find((r) => read(r.querySelector('th')) === node.label)!;
      expect(row.querySelector('th a')?.getAttribute('href')).toBe(node.href);
      expect(read(row.querySelectorAll('td')[0])).toBe(kindLabel(node.kind));
    }
    for (const edge of theory.edges) {
      const row = rows.find((r) => read(r.querySelector('th')) === nodeById(edge.from).label)!;
      expect(read(row.querySelectorAll('td')[2])).toContain(nodeById(edge.to).label);
    }
  });

  it("says first, above the drawing, that it is the editors' arrangement, with the data's caption", () => {
    const first = figure.childNodes.find((node) => node.nodeType === 1)!;
    expect((first as HTMLElement).tagName).toBe('FIGCAPTION');
    expect(read(first as HTMLElement)).toContain(t('theory.editorsNote'));
    expect(read(first as HTMLElement)).toContain(theory.caption);
  });

  it("repeats the page's H1 in no other heading", () => {
    const h1 = read(root.querySelector('h1'));
    const headings = root.querySelectorAll('h2, h3, h4, h5, h6').map((h) => read(h));
    expect(headings).not.toContain(h1);
    expect(headings.length).toBeGreaterThan(0);
  });

  it('is linked from /model/', () => {
    expect(
      page('/model/')
        .root.querySelectorAll('a')
        .some((a) => a.getAttribute('href') === '/model/forandringsteori/'),
    ).toBe(true);
  });
});

describe('the process figures drawn from content/sequences/', () => {
  const sequences = readContentFiles()
    .filter((file) => file.collection === 'sequences')
    .map((file) => ({
      id: file.id,
      ...(file.data as { caption: string; steps: { label: string; detail?: string }[] }),
    }));
  const read = (element: HTMLElement | null | undefined) =>
    element?.text
      .replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  /** The figure under the heading that carries the sequence's anchor. */
  const figureOf = (id: string) => {
    let element = pages.map((p) => p.root.getElementById(`figur-${id}`)).find(Boolean);
    while (element && !element.querySelector('figure.sequence')) element = element.parentNode;
    return element?.querySelector('figure.sequence');
  };

  it.each(sequences.map((s) => [s.id, s] as const))(
    '%s lists every step in order, numbered, with its label and detail',
    (_id, sequence) => {
      const steps = figureOf(sequence.id)!.querySelectorAll('ol > li');
      expect(steps).toHaveLength(sequence.steps.length);
      sequence.steps.forEach((step, i) => {
        const text = read(steps[i]);
        expect(text).toContain(t('sequence.step', { number: i + 1 }));
        expect(text).toContain(step.label);
        if (step.detail) expect(text).toContain(step.detail);
      });
    },
  );

  it.each(sequences.map((s) => [s.id, s] as const))(
    '%s joins each step to the next by an arrow screen readers skip, names its source above them',
    (_id, sequence) => {
      const figure = figureOf(sequence.id)!;
      const arrows = figure
        .querySelectorAll('ol > li')
        .map((step) => step.querySelectorAll('svg[aria-hidden="true"]').length);
      expect(arrows).toEqual(sequence.steps.map((_, i) => (i < sequence.steps.length - 1 ? 1 : 0)));
      const first = figure.childNodes.find((node) => node.nodeType === 1) as HTMLElement;
      expect(first.tagName).toBe('FIGCAPTION');
      expect(read(first)).toBe(sequence.caption);
    },
  );
});

describe('the phase journey', () => {
  /** The journey on a page, found by the name a screen reader gives it: "De fire faser". */
  const journey = (root: HTMLElement) =>
    root
      .querySelectorAll('nav')
      .find(
        (nav) =>
          nav.getAttribute('aria-label') ===
          t('phaseJourney.label', { count: countWord(nav.querySelectorAll('ol > li').length) }),
      );
  const phasesUrl = overviewUrl('phases')!;
  const phasePages = pages.filter((p) => new RegExp(`^${phasesUrl}[^/]+/$`).test(p.url));
  const overviews = ['/', '/model/', phasesUrl];
  const steps = (url: string) => journey(page(url).root)!.querySelectorAll('ol > li');
  /** Text as read, without the soft hyphens the build puts into words. */
  const read = (element: HTMLElement | null | undefined) =>
    element?.text.replace(/\u00ad/g, '').trim();
  /** Where a step leads, or the page itself for the step that is no link. */
  const target = (step: HTMLElement, url: string) =>
    step.querySelector('a')?.getAttribute('href') ?? url;

  it('stands on the overviews and on every phase page, one step per phase page', () => {
    expect(phasePages.length).toBeGreaterThan(1);
    for (const url of [...overviews, ...phasePages.map((p) => p.url)]) {
      expect(
        steps(url)
          .map((step) => target(step, url))
          .sort(),
        url,
      ).toEqual(phasePages.map((p) => p.url).sort());
    }
  });

  it('lists the steps in an ordered list in the same order everywhere, numbered upwards', () => {
    const order = (url: string) => steps(url).map((step) => target(step, url));
    const numbers = (url: string) =>
      steps(url).map((step) => Number(step.querySelector('[aria-hidden="true"]')?.text.trim()));
    const first = order('/');
    for (const url of [...overviews, ...phasePages.map((p) => p.url)]) {
      expect(journey(page(url).root)!.querySelector('ol > li')).not.toBeNull();
      expect(order(url), url).toEqual(first);
      const shown = numbers(url);
      expect(shown.every((n, i) => Number.isInteger(n) && (i === 0 || n > shown[i - 1]!))).toBe(
        true,
      );
      // The number a screen reader hears is the one the circle shows.
      steps(url).forEach((step, i) =>
        expect(step.text).toContain(t('phaseJourney.step', { number: shown[i]! }).trim()),
      );
    }
  });

  it("marks the page's own phase as the current step, which is no link to itself", () => {
    for (const { url, root } of phasePages) {
      const nav = journey(root)!;
      const current = nav.querySelectorAll('[aria-current="step"]');
      expect(current, url).toHaveLength(1);
      expect(current[0]!.tagName).not.toBe('A');
      expect(current[0]!.querySelector('a')).toBeNull();
      expect(read(current[0])).toContain(read(root.querySelector('h1')));
      expect(read(current[0])).toContain(t('phaseJourney.current'));
      expect(nav.querySelectorAll('a').map((a) => a.getAttribute('href'))).not.toContain(url);
      expect(nav.querySelectorAll('a')).toHaveLength(phasePages.length - 1);
    }
  });

  it('marks no step as current on the overviews, and links every step there', () => {
    for (const url of overviews) {
      const nav = journey(page(url).root)!;
      expect(nav.querySelectorAll('[aria-current]'), url).toHaveLength(0);
      expect(nav.querySelectorAll('a')).toHaveLength(phasePages.length);
    }
  });

  it("shows each phase's summary on the overviews and none on the phase pages", () => {
    const summary = (url: string) =>
      page(url).root.querySelector('meta[name="description"]')!.getAttribute('content');
    for (const url of overviews) {
      for (const step of steps(url)) {
        expect(read(step.querySelector('p')), url).toBe(summary(target(step, url)));
      }
    }
    for (const { url } of phasePages) {
      expect(
        steps(url).filter((step) => step.querySelector('p')),
        url,
      ).toEqual([]);
    }
  });

  it('asks only for row widths the stylesheet has a rule for, and the stylesheet has one for each', () => {
    for (const url of [...overviews, ...phasePages.map((p) => p.url)]) {
      const root = page(url).root;
      const css = root
        .querySelectorAll('link[rel="stylesheet"]')
        .map((link) => readFileSync(join(DIST, link.getAttribute('href')!), 'utf8'))
        .join('\n');
      const across = journey(root)!.getAttribute('data-across');
      if (across !== undefined) {
        expect(ROW_WIDTHS.map(String), url).toContain(across);
      }
      for (const width of ROW_WIDTHS) {
        expect(css, `${url}: ${width} rem`).toContain(`[data-across="${width}"]`);
      }
    }
  });
});
