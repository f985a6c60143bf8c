import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { readCitationFile } from '../support/citation-files.ts';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

const FINDING = '/resultater/kerneudfordring-for-misbrugsomraadet/';

describe.runIf(browserAvailable())(
  'citing a finding as a researcher would, in Chromium behind nginx',
  () => {
    const site = useSiteInBrowser();

    it('copies the citation line with the copy button', async () => {
      await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.origin,
      });
      const page = await site.context.newPage();
      await page.goto(site.origin + FINDING);
      const line = (await page.locator('#citat-apa').textContent())?.trim();
      await page.getByRole('button', { name: 'Kopiér citatet' }).click();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(line);
      await expect(
        page.locator('fb-copy[data-target="citat-apa"] [role="status"]').textContent(),
      ).resolves.toBe('Citatet er kopieret.');
      await page.close();
    });

    it('downloads a RIS file that reads back to the finding', async () => {
      const page = await site.context.newPage();
      await page.goto(site.origin + FINDING);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'RIS (.ris)' }).click(),
      ]);
      // The shared Chromium runs in another process, so the file is read as a stream, not a path.
      const ris = await text(await download.createReadStream());
      expect(ris).toMatch(/^TY {2}- RPRT/);
      expect(ris).toMatch(/^SN {2}- F07$/m);
      expect(readCitationFile(ris).title).toBe('Udfordringerne blev samlet i én kerneudfordring');
      await page.close();
    });

    it('follows the short address of a finding to the finding', async () => {
      const page = await site.context.newPage();
      await page.goto(`${site.origin}/resultater/f07/`);
      await page.waitForURL((url) => url.pathname === FINDING);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('F07');
      await page.close();
    });

    it('jumps to a part of a finding by its fixed anchor', async () => {
      const page = await site.context.newPage();
      await page.goto(`${site.origin}${FINDING}#mekanisme`);
      await page.waitForLoadState('load');
      const top = await page.locator('#mekanisme').evaluate((el) => el.getBoundingClientRect().top);
      // At the top of the window, give or take the browser's subpixel rounding.
      expect(top).toBeGreaterThan(-1);
      expect(top).toBeLessThan(100);
      await page.close();
    });
  },
);
