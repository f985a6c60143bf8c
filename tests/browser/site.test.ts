import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

const urls = builtPages()
  .map((page) => page.url)
  .filter((url) => url !== '/404.html');

describe.runIf(browserAvailable())('the site in Chromium behind nginx', () => {
  const site = useSiteInBrowser();

  it.each([320, 1280])('never scrolls sideways at %i px', async (width) => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const overflowing: string[] = [];
    for (const url of urls) {
      await page.goto(site.origin + url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) overflowing.push(`${url} (${overflow} px)`);
    }
    await page.close();
    expect(overflowing).toEqual([]);
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
