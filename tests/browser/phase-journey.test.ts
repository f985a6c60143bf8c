import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/da.ts';
import { countWord } from '../../src/lib/danish-numbers.ts';
import { journeyRow } from '../../src/lib/journey-row.ts';
import { overviewUrl } from '../../src/lib/urls.ts';
import { builtPages } from '../support/dist.ts';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

// The phase journey at every width the design is held to, in both schemes and at 200 % zoom: it
// never pushes the page sideways, no text runs out of its box, the steps stand in one column or
// one row in reading order, the lines join each step to the next, and no word breaks in a row.

const WIDTHS = [320, 360, 375, 390, 414, 768, 1024, 1280, 1440, 1920];
/** 200 % zoom: the same window holds half as many CSS pixels. */
const ZOOMED = WIDTHS.map((width) => Math.floor(width / 2));

const PHASES = overviewUrl('phases')!;
const PHASE_PAGES = builtPages()
  .map((page) => page.url)
  .filter((url) => new RegExp(`^${PHASES}[^/]+/$`).test(url));
const PAGES = ['/', '/model/', PHASES, ...PHASE_PAGES];
const LABEL = t('phaseJourney.label', { count: countWord(PHASE_PAGES.length) });

/** What is wrong with the journey as laid out now; an empty list when nothing is. */
interface Layout {
  layout: 'column' | 'row' | 'neither';
  problems: string[];
}

/**
 * Runs in the page. `words` says which line breaks inside a word are failures: 'all', or
 * 'unhyphenated' (a break at a soft hyphen is hyphenation), or 'none' when the column is
 * narrower than some words.
 */
type WordBreaks = 'all' | 'unhyphenated' | 'none';

function measure(
  nav: Element,
  { words, wholePage }: { words: WordBreaks; wholePage: boolean },
): Layout {
  const problems: string[] = [];
  const view = document.documentElement.clientWidth;
  const near = (a: number, b: number) => Math.abs(a - b) < 1.5;
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()} »${(element.textContent ?? '').trim().slice(0, 30)}«`;

  if (wholePage && document.documentElement.scrollWidth > view)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${view}`);
  for (const element of [nav, ...nav.querySelectorAll('*')]) {
    const box = element.getBoundingClientRect();
    if (box.width > 1 && (box.left < -0.5 || box.right > view + 0.5))
      problems.push(`${name(element)} reaches outside the window: ${box.left}–${box.right}`);
  }

  // Every piece of text, in the box it flows in.
  const texts: Text[] = [];
  const walker = document.createTreeWalker(nav, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement!.getBoundingClientRect().width <= 1;
    if (node.textContent!.trim() && !hidden) texts.push(node as Text);
  }
  const boxes = new Set<Element>();
  for (const text of texts) {
    let box = text.parentElement!;
    while (getComputedStyle(box).display === 'inline') box = box.parentElement!;
    boxes.add(box);
    const edges = box.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) {
      if (rect.left < edges.left - 0.5 || rect.right > edges.right + 0.5)
        problems.push(`»${text.textContent!.trim().slice(0, 30)}« runs out of ${name(box)}`);
    }
    if (words === 'none') continue;
    for (const word of text.textContent!.matchAll(/\S+/g)) {
      range.setStart(text, word.index);
      range.setEnd(text, word.index + word[0].length);
      const lines = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      const hyphenated = word[0].includes('\u00ad');
      if (lines.size > 1 && (words === 'all' || !hyphenated))
        problems.push(`»${word[0]}« is broken over ${lines.size} lines`);
    }
  }
  for (const box of boxes) {
    if (box.scrollWidth > box.clientWidth)
      problems.push(`${name(box)} overflows: ${box.scrollWidth} > ${box.clientWidth}`);
  }

  // The steps, their circles and the lines between them.
  const steps = [...nav.querySelectorAll(':scope > ol > li')];
  const rects = steps.map((step) => step.getBoundingClientRect());
  const column = rects.every((r) => near(r.left, rects[0]!.left));
  const row = !column && rects.every((r) => near(r.top, rects[0]!.top));
  if (!column && !row) problems.push('the steps stand neither in one column nor in one row');
  const circles = steps.map((step) => step.querySelector(':scope > [aria-hidden="true"]')!);
  const numbers = circles.map((circle) => Number(circle.textContent));
  circles.forEach((element, i) => {
    const circle = element.getBoundingClientRect();
    if (circle.width < 10 || circle.height < 10) problems.push(`step ${i + 1} shows no number`);
    if (i === 0) return;
    const before = rects[i - 1]!;
    const here = rects[i]!;
    if (column && here.top < before.bottom - 0.5) problems.push(`step ${i + 1} is not below ${i}`);
    if (row && here.left < before.right - 0.5) problems.push(`step ${i + 1} is not right of ${i}`);
    if (!(numbers[i]! > numbers[i - 1]!)) problems.push(`step ${i + 1} has number ${numbers[i]}`);
  });
  steps.forEach((step, i) => {
    const line = getComputedStyle(step, '::before');
    const drawn = line.content !== 'none' && line.content !== 'normal';
    if (i === steps.length - 1) {
      if (drawn) problems.push('a line leads on from the last step');
      return;
    }
    const li = rects[i]!;
    const top = li.top + parseFloat(line.top);
    const bottom = li.bottom - parseFloat(line.bottom);
    const left = li.left + parseFloat(line.left);
    const right = li.right - parseFloat(line.right);
    const from = circles[i]!.getBoundingClientRect();
    const to = circles[i + 1]!.getBoundingClientRect();
    const width = parseFloat(line.borderLeftWidth) + parseFloat(line.borderTopWidth);
    const joins = column
      ? near(top, from.bottom) && near(bottom, to.top) && left > from.left && right < from.right
      : near(left, from.right) && near(right, to.left) && top > from.top && bottom < from.bottom;
    if (!drawn || width <= 0 || !joins)
      problems.push(`the line from step ${i + 1} does not run to step ${i + 2}`);
  });
  return { layout: column ? 'column' : row ? 'row' : 'neither', problems };
}

/** The journey checked at every width and at 200 % zoom; the problems found, by width. */
async function checkEveryWidth(page: Page, journey: Locator) {
  const found: string[] = [];
  const layouts: Record<string, Layout['layout']> = {};
  for (const [widths, zoomed] of [
    [WIDTHS, false],
    [ZOOMED, true],
  ] as const) {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      const at = `${width} px${zoomed ? ' (200 %)' : ''}`;
      // A row must hold every word whole; a column at 100 % breaks a word only at a soft hyphen.
      const first = await journey.evaluate(measure, {
        words: 'none' as WordBreaks,
        wholePage: false,
      });
      const words: WordBreaks = first.layout === 'row' ? 'all' : zoomed ? 'none' : 'unhyphenated';
      // At 200 % of a phone, other parts of the page are not this figure's to answer for.
      const result = await journey.evaluate(measure, { words, wholePage: !zoomed });
      layouts[at] = result.layout;
      found.push(...result.problems.map((problem) => `${at}: ${problem}`));
    }
  }
  return { found, layouts };
}

describe.runIf(browserAvailable())('the phase journey in Chromium behind nginx', () => {
  const site = useSiteInBrowser();

  it.each(PAGES.flatMap((path) => (['light', 'dark'] as const).map((s) => [path, s] as const)))(
    'on %s in the %s scheme stays inside its boxes and in reading order at every width',
    async (path, scheme) => {
      const page = await site.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.origin + path);
      const { found, layouts } = await checkEveryWidth(
        page,
        page.getByRole('navigation', { name: LABEL }),
      );
      expect(found).toEqual([]);
      // Narrow phones always get one step under the other.
      expect(layouts['320 px']).toBe('column');
      expect(layouts['375 px']).toBe('column');
      await page.close();
    },
  );

  it('stands side by side on the home page at 1280 px, where the whole width holds every word', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.origin}/`);
    const tops = await page
      .getByRole('navigation', { name: LABEL })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await page.close();
  });

  it.each([2, 5])('holds %i steps as well, one under the other or side by side', async (count) => {
    const page = await site.context.newPage();
    await page.goto(site.origin + PHASES);
    const journey = page.getByRole('navigation', { name: LABEL });
    // The same markup with another number of steps, and the row width the component would ask.
    const steps = await journey.evaluate((nav, wanted) => {
      const list = nav.querySelector('ol')!;
      while (list.children.length > wanted) list.lastElementChild!.remove();
      while (list.children.length < wanted) {
        const copy = list.lastElementChild!.cloneNode(true) as Element;
        const circle = copy.querySelector('[aria-hidden="true"]')!;
        circle.textContent = String(Number(circle.textContent) + 1);
        list.append(copy);
      }
      return [...list.children].map((step) => ({
        title: step.querySelector('a')!.textContent!.trim(),
        summary: step.querySelector('p')?.textContent ?? undefined,
      }));
    }, count);
    const across = journeyRow(steps);
    await journey.evaluate((nav, value) => {
      if (value === undefined) nav.removeAttribute('data-across');
      else nav.setAttribute('data-across', String(value));
    }, across);
    const { found, layouts } = await checkEveryWidth(page, journey);
    expect(found).toEqual([]);
    expect(Object.values(layouts)).toContain('column');
    if (count === 2) expect(Object.values(layouts)).toContain('row');
    await page.close();
  });

  it('marks the current phase in words and shape, not as a link and not underlined', async () => {
    const page = await site.context.newPage();
    await page.goto(site.origin + PHASE_PAGES[0]!);
    const journey = page.getByRole('navigation', { name: LABEL });
    const current = journey.locator('[aria-current="step"]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.evaluate((el) => el.closest('a'))).resolves.toBeNull();
    await expect(journey.getByRole('link').count()).resolves.toBe(PHASE_PAGES.length - 1);
    await expect(current.getByText(t('phaseJourney.current')).isVisible()).resolves.toBe(true);
    const underlined = await current.evaluate((el) =>
      [el, ...el.querySelectorAll('*')].some((e) =>
        getComputedStyle(e).textDecorationLine.includes('underline'),
      ),
    );
    expect(underlined).toBe(false);
    // Its circle is filled; the others are rings on the page's background.
    const fills = await journey
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => [
          item.querySelector('[aria-current]') !== null,
          getComputedStyle(item.querySelector('[aria-hidden="true"]')!).backgroundColor,
        ]),
      );
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fill = (wanted: boolean) =>
      fills.filter(([isCurrent]) => isCurrent === wanted).map(([, color]) => color);
    expect(fill(true)).toHaveLength(1);
    expect(fill(true)).not.toContain(background);
    expect(fill(false).every((color) => color === background)).toBe(true);
    await page.close();
  });
});
