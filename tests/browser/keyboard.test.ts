import { describe, expect, it } from 'vitest';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

describe.runIf(browserAvailable())('the keyboard alone, in Chromium behind nginx', () => {
  const site = useSiteInBrowser();

  it.each([
    '/',
    '/vejledninger/hold-maanedlige-forbedringsmoeder/',
    '/soeg/?q=behandling',
    '/resultater/kerneudfordring-for-misbrugsomraadet/',
  ])('reaches every control on %s in order, with visible focus and no trap', async (path) => {
    const page = await site.context.newPage();
    await page.goto(site.origin + path);
    if (path.startsWith('/soeg/'))
      await page.waitForSelector(
        '[data-search-results] > li + li:last-child, [data-search-results]:not([aria-busy]) > li',
      );
    if (path.startsWith('/soeg/'))
      await page.waitForSelector('[data-search-results]:not([aria-busy="true"])', {
        state: 'attached',
      });
    // Numbers every control that should take focus, in document order.
    const focusable = await page.evaluate(() => {
      const controls = [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
        ),
      ].filter(
        (el) =>
          !el.closest('[hidden]') &&
          getComputedStyle(el).visibility !== 'hidden' &&
          el.getClientRects().length > 0,
      );
      controls.forEach((el, index) => (el.dataset['kb'] = String(index)));
      return controls.length;
    });
    const reached: number[] = [];
    const invisible: string[] = [];
    for (let step = 0; step < focusable + 5; step++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          style.boxShadow !== 'none';
        return { index: Number(el.dataset['kb'] ?? -1), label: el.outerHTML.slice(0, 60), visible };
      });
      if (!state) break;
      if (!state.visible) invisible.push(state.label);
      reached.push(state.index);
    }
    // Every control was reached once, in document order, and Tab then left the page: no trap, nothing skipped.
    expect(focusable).toBeGreaterThan(10);
    expect(reached).toEqual([...Array(focusable).keys()]);
    expect(invisible).toEqual([]);
    await page.close();
  });
});
