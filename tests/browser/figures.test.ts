import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';
import { parse } from 'yaml';
import { t, type TextKey } from '../../src/i18n/da.ts';
import { THEORY_COLUMNS } from '../../src/lib/theory-of-change.ts';

const SHOTS = join(import.meta.dirname, '..', '.artifacts', 'figures');
const FIGURES = [
  ['forandringsteori', '/model/forandringsteori/', 'figure.theory'],
  ['faseforloeb', '/faser/evaluering/', 'nav[aria-label="De fire faser"]'],
  ['inddragelse', '/vejledninger/inddrag-brugere-og-interessenter/', 'figure.sequence'],
] as const;

describe.runIf(browserAvailable())('the figures in Chromium behind nginx', () => {
  const site = useSiteInBrowser();

  it.each(
    FIGURES.flatMap(([name, path, selector]) =>
      [320, 1280].flatMap((width) =>
        (['light', 'dark'] as const).map(
          (scheme) => [name, width, scheme, path, selector] as const,
        ),
      ),
    ),
  )(
    '%s at %i px in the %s scheme fits without sideways scrolling (screenshot saved)',
    async (name, width, scheme, path, selector) => {
      mkdirSync(SHOTS, { recursive: true });
      const page = await site.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.origin + path);
      const figure = page.locator(selector).first();
      await figure.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`) });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      const box = await figure.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      await page.close();
    },
  );

  it('prints the theory of change on one A4 page', async () => {
    const page = await site.context.newPage();
    // A4 at 96 dpi is 794 × 1123 px; Chromium prints with about 1 cm margins.
    await page.setViewportSize({ width: 718, height: 1047 });
    await page.goto(`${site.origin}/model/forandringsteori/`);
    await page.emulateMedia({ media: 'print' });
    const height = await page
      .locator('figure.theory')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(1047);
    await page.close();
  });
});

/** The theory of change's data, in the order its boxes are drawn: column by column, values last. */
function theoryInOrder(): { name: string; kind: string }[] {
  const data = parse(
    readFileSync(
      new URL('../../content/theory-of-change/forandringsteori.yaml', import.meta.url),
      'utf8',
    ),
  ) as { nodes: { column?: string; kind: string; label: string }[] };
  const rank = (column?: string) =>
    column === undefined ? THEORY_COLUMNS.length : THEORY_COLUMNS.indexOf(column as never);
  return [...data.nodes]
    .sort((a, b) => rank(a.column) - rank(b.column))
    .map((node) => ({
      name: `${node.label} (${t(`theory.kind.${node.kind}` as TextKey)})`,
      kind: node.kind,
    }));
}

describe.runIf(browserAvailable())(
  'the theory of change and the process figure at every width',
  () => {
    const site = useSiteInBrowser();
    const WIDTHS = [320, 360, 375, 414, 768, 1024, 1280, 1440, 1920];
    const THEORY = '/model/forandringsteori/';
    const SEQUENCE = '/vejledninger/inddrag-brugere-og-interessenter/';

    async function open(path: string, width: number, colorScheme: 'light' | 'dark' = 'light') {
      const page = await site.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(site.origin + path);
      return page;
    }

    it.each(WIDTHS)(
      'the theory of change at %i px shows one drawing that fits, text inside its boxes at 14 px or more',
      async (width) => {
        const page = await open(THEORY, width);
        const found = await page.evaluate(() => {
          const shown = [...document.querySelectorAll('figure svg[role="group"]')].filter(
            (svg) => getComputedStyle(svg).display !== 'none',
          ) as SVGSVGElement[];
          const svg = shown[0]!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const outside: string[] = [];
          let smallest = Infinity;
          const lefts = new Set<number>();
          for (const link of svg.querySelectorAll('a')) {
            const frame = link.querySelector('rect')!.getBoundingClientRect();
            lefts.add(Math.round(frame.left));
            for (const text of link.querySelectorAll('text')) {
              const box = text.getBoundingClientRect();
              smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
              if (
                box.left < frame.left ||
                box.right > frame.right ||
                box.top < frame.top ||
                box.bottom > frame.bottom
              )
                outside.push(link.getAttribute('aria-label')!);
            }
          }
          return {
            shown: shown.length,
            sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            right: svg.getBoundingClientRect().right,
            outside,
            smallest,
            columns: lefts.size,
          };
        });
        await page.close();
        expect(found.shown).toBe(1);
        expect(found.sideways).toBe(0);
        expect(found.right).toBeLessThanOrEqual(width);
        expect(found.outside).toEqual([]);
        expect(found.smallest).toBeGreaterThanOrEqual(14);
        // Below 700 px the columns become a flow from top to bottom: every box in one column.
        if (width < 700) expect(found.columns).toBe(1);
        if (width >= 1280) expect(found.columns).toBeGreaterThan(1);
      },
    );

    it.each(WIDTHS)(
      'the process figure at %i px fits, its steps in order from the top, each text inside its step',
      async (width) => {
        const page = await open(SEQUENCE, width);
        const found = await page.locator('figure.sequence').evaluate((figure) => {
          const steps = [...figure.querySelectorAll('ol > li > div')];
          return {
            sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            tops: steps.map((step) => step.getBoundingClientRect().top),
            rights: steps.map((step) => step.getBoundingClientRect().right),
            spilled: steps.filter((step) => step.scrollWidth > step.clientWidth).length,
          };
        });
        await page.close();
        expect(found.sideways).toBe(0);
        expect(found.tops.length).toBeGreaterThan(1);
        expect(found.tops).toEqual([...found.tops].sort((a, b) => a - b));
        expect(Math.max(...found.rights)).toBeLessThanOrEqual(width);
        expect(found.spilled).toBe(0);
      },
    );

    it.each([375, 1280])(
      'at %i px the keyboard reaches every box in the order of the data, each by its text and kind',
      async (width) => {
        const page = await open(THEORY, width);
        const boxes = theoryInOrder();
        const drawing = page.locator('figure svg[role="group"]:visible');
        await drawing.getByRole('link').first().focus();
        const reached: (string | null)[] = [];
        for (let i = 0; i < boxes.length; i += 1) {
          reached.push(
            await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null),
          );
          await page.keyboard.press('Tab');
        }
        for (const { name } of boxes)
          expect(await drawing.getByRole('link', { name, exact: true }).isVisible(), name).toBe(
            true,
          );
        await page.close();
        expect(reached).toEqual(boxes.map((box) => box.name));
      },
    );

    it('tells the kinds of box apart by their outline, not by colour alone', async () => {
      const page = await open(THEORY, 1280);
      const boxes = theoryInOrder();
      const kinds = [...new Set(boxes.map((box) => box.kind))];
      const outlines = await Promise.all(
        kinds.map((kind) =>
          page
            .locator('figure svg[role="group"]:visible')
            .getByRole('link', { name: boxes.find((box) => box.kind === kind)!.name, exact: true })
            .evaluate((link) => {
              const rects = [...link.querySelectorAll('rect')];
              const style = getComputedStyle(rects[0]!);
              return [
                rects[0]!.getAttribute('rx'),
                style.strokeDasharray,
                style.strokeWidth,
                rects.length,
              ].join(' ');
            }),
        ),
      );
      await page.close();
      expect(kinds.length).toBeGreaterThan(1);
      expect(new Set(outlines).size).toBe(kinds.length);
    });

    it.each(['light', 'dark'] as const)(
      'in the %s scheme, text in the drawing has 4.5:1 against its box, borders and arrows 3:1 against the page',
      async (scheme) => {
        const page = await open(THEORY, 1280, scheme);
        const ratios = await page.evaluate(() => {
          const rgb = (colour: string) =>
            colour
              .match(/[\d.]+/g)!
              .slice(0, 3)
              .map(Number);
          const luminance = (colour: string) => {
            const [r, g, b] = rgb(colour).map((c) => {
              const s = c / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const contrast = (a: string, b: string) => {
            const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (l1! + 0.05) / (l2! + 0.05);
          };
          const svg = [...document.querySelectorAll('figure svg[role="group"]')].find(
            (s) => getComputedStyle(s).display !== 'none',
          )!;
          const page = getComputedStyle(document.body).backgroundColor;
          const style = (element: Element) => getComputedStyle(element);
          const text: number[] = [];
          const lines: number[] = [];
          for (const link of svg.querySelectorAll('a')) {
            const frame = link.querySelector('rect')!;
            for (const t of link.querySelectorAll('text'))
              text.push(contrast(style(t).fill, style(frame).fill));
            lines.push(contrast(style(frame).stroke, page));
          }
          for (const step of svg.querySelectorAll('.theory__step')) {
            const shape = step.querySelector('polygon')!;
            text.push(contrast(style(step.querySelector('text')!).fill, style(shape).fill));
            lines.push(contrast(style(shape).stroke, page));
          }
          for (const arrow of svg.querySelectorAll('.theory__arrows path'))
            lines.push(contrast(style(arrow).stroke, page));
          lines.push(contrast(style(svg.querySelector('marker path')!).fill, page));
          return { text: Math.min(...text), lines: Math.min(...lines) };
        });
        await page.close();
        expect(ratios.text).toBeGreaterThanOrEqual(4.5);
        expect(ratios.lines).toBeGreaterThanOrEqual(3);
      },
    );

    it("states the editors' note above the drawing, in the body text's size and colour", async () => {
      const page = await open(THEORY, 1280);
      const found = await page.locator('figure.theory').evaluate((figure) => {
        const caption = figure.querySelector('figcaption')!;
        const svg = [...figure.querySelectorAll('svg[role="group"]')].find(
          (s) => getComputedStyle(s).display !== 'none',
        )!;
        const body = getComputedStyle(document.body);
        return {
          above: caption.getBoundingClientRect().bottom <= svg.getBoundingClientRect().top,
          size: [getComputedStyle(caption).fontSize, body.fontSize],
          colour: [getComputedStyle(caption).color, body.color],
          text: caption.textContent?.replace(/\u00ad/g, ''),
        };
      });
      await page.close();
      expect(found.above).toBe(true);
      expect(found.size[0]).toBe(found.size[1]);
      expect(found.colour[0]).toBe(found.colour[1]);
      expect(found.text).toContain(t('theory.editorsNote'));
    });
  },
);
