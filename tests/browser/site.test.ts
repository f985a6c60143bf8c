import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

const urls = builtPages()
  .map((page) => page.url)
  .filter((url) => url !== '/404.html');

describe.runIf(browserAvailable())('the site in Chromium behind nginx', () => {
  const site = useSiteInBrowser();

  /** The widths the site must hold, from the smallest phone to a wide desktop screen. */
  const WIDTHS = [320, 360, 375, 414, 768, 1024, 1280, 1440, 1920];

  it('never scrolls sideways and lets no text run out of its box, at any width', async () => {
    const page = await site.context.newPage();
    const problems: string[] = [];
    for (const url of urls) {
      await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
      await page.goto(site.origin + url);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const found = await page.evaluate(() => {
          const root = document.documentElement;
          const out: string[] = [];
          if (root.scrollWidth > root.clientWidth)
            out.push(`siden ruller ${root.scrollWidth - root.clientWidth} px sidelæns`);
          // A box whose text is wider than the box itself: the text runs out over its border.
          for (const el of document.querySelectorAll<HTMLElement>(
            'body :is(p, li, dt, dd, h1, h2, h3, h4, td, th, a, summary, label, button, figcaption)',
          )) {
            const style = getComputedStyle(el);
            if (style.display === 'inline' || el.clientWidth === 0) continue;
            // Text kept for screen readers only sits in a 1 px box on purpose.
            const forScreenReaders = (node: Element) =>
              getComputedStyle(node).clipPath !== 'none' || node.matches('.fb-visually-hidden');
            let hiddenAncestor = false;
            for (let node: Element | null = el; node; node = node.parentElement)
              if (forScreenReaders(node)) hiddenAncestor = true;
            if (style.overflowX !== 'visible' || hiddenAncestor) continue;
            if (el.scrollWidth > el.clientWidth + 1)
              out.push(`${el.tagName.toLowerCase()} »${el.textContent?.trim().slice(0, 40)}«`);
          }
          return out;
        });
        problems.push(...found.map((problem) => `${url} ved ${width} px: ${problem}`));
      }
    }
    await page.close();
    expect(problems).toEqual([]);
    // Every page at nine widths: a few minutes on a slow machine.
  }, 300_000);

  it('shows the page’s own heading on the first screen of a 375 × 667 phone', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 375, height: 667 });
    const late: string[] = [];
    for (const url of urls) {
      await page.goto(site.origin + url);
      const bottom = await page
        .locator('h1')
        .first()
        .evaluate((h1) => h1.getBoundingClientRect().bottom);
      if (bottom > 667) late.push(`${url} (${Math.round(bottom)} px)`);
    }
    await page.close();
    expect(late).toEqual([]);
  });

  it('answers an unknown address with status 404 and the Danish 404 page', async () => {
    const page = await site.context.newPage();
    const response = await page.goto(`${site.origin}/findes-ikke/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Siden findes ikke',
    );
    await page.close();
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/model/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Gå til indhold' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('indhold');
    await page.close();
  });

  it('names its landmarks and controls for screen readers', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/faser/evaluering/`);
    await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).count()).resolves.toBe(1);
    await expect(page.getByRole('navigation', { name: 'Du er her' }).count()).resolves.toBe(1);
    await expect(
      page.getByRole('search').getByRole('searchbox', { name: 'Søg på webstedet' }).count(),
    ).resolves.toBe(1);
    const current = page
      .getByRole('navigation', { name: 'De fire faser' })
      .locator('[aria-current="step"]');
    await expect(current.textContent()).resolves.toContain('Evaluering');
    await page.close();
  });

  it('submits the header search form to /soeg/ with the query in q', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/`);
    await page.getByRole('searchbox', { name: 'Søg på webstedet' }).fill('forbedringsmøder');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.waitForURL(/\/soeg\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('forbedringsmøder');
    await page.close();
  });
});
