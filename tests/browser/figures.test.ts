import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

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
