// The field kit, as a street worker uses it: saved on request from /offline/, read and searched
// without a network, refreshed when a new build is deployed, and removed again. Against nginx with
// the shipped rules, on a copy of the built site that the last test redeploys.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIT_LIST_PATH, type KitList } from '../../src/lib/field-kit.ts';
import { KIT_PATH } from '../../src/lib/fixed-pages.ts';
import { startNginx, type StaticServer } from '../support/nginx.ts';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

const GUIDE = '/vejledninger/hold-maanedlige-forbedringsmoeder/';
const NOT_SAVED = '/kilder/case-effektive-forandringer/';

describe.runIf(browserAvailable())('the field kit in Chromium behind nginx', () => {
  const site = useSiteInBrowser();
  let server: StaticServer;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startNginx({ ownCopy: true });
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await server?.stop();
  });

  /** A fresh browser profile, so each test starts with no worker and no saved copy. */
  async function freshPage(): Promise<Page> {
    const context = await site.context
      .browser()!
      .newContext({ viewport: { width: 375, height: 667 } });
    contexts.push(context);
    return context.newPage();
  }

  const registrations = (page: Page) =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  const kitCaches = (page: Page) =>
    page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('fb-felt-')));

  /** Opens /offline/ and saves the kit, as a reader does with the button. */
  async function save(page: Page): Promise<void> {
    await page.goto(`${server.origin}${KIT_PATH}`);
    await page.getByRole('button', { name: 'Gem til brug uden net' }).click();
    await expect
      .poll(() => page.locator('[data-kit-status]').textContent(), { timeout: 30_000 })
      .toMatch(/^Gemt\. Udgaven fra \d{1,2}\. [a-zæøå]+ \d{4} kan læses uden net/);
  }

  it('is served by the shipped rules: worker and list never cached, the manifest as a manifest', async () => {
    for (const path of ['/sw.js', KIT_LIST_PATH]) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('content-security-policy'), path).toContain("worker-src 'self'");
    }
    const manifest = await fetch(`${server.origin}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers.get('content-security-policy')).toContain("manifest-src 'self'");
  });

  it('registers no worker on a plain visit, not even to /offline/', async () => {
    const page = await freshPage();
    for (const path of ['/', GUIDE, KIT_PATH]) {
      await page.goto(`${server.origin}${path}`);
      expect(await registrations(page), path).toBe(0);
    }
    expect(page.context().serviceWorkers()).toEqual([]);
    expect(await kitCaches(page)).toEqual([]);
  });

  it('opens a saved guide and searches the saved pages without a network', async () => {
    const page = await freshPage();
    await save(page);
    expect(await registrations(page)).toBe(1);
    await page.context().setOffline(true);
    await page.goto(`${server.origin}${GUIDE}`);
    await expect
      .poll(async () => (await page.locator('h1').textContent())?.replaceAll('\u00ad', ''))
      .toBe('Hold månedlige forbedringsmøder');
    expect(await page.locator('.fb-kit-notice').textContent()).toMatch(
      /^Uden net – gemt udgave fra \d{1,2}\. [a-zæøå]+ \d{4}$/,
    );
    await page.goto(`${server.origin}/soeg/?q=forbedringsm%C3%B8der`);
    // Results are shown as they arrive; the guide is among them once all are in.
    const links = () =>
      page.locator('.fb-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect.poll(links, { timeout: 15_000 }).toContain(GUIDE);
    // Only saved pages are found: the saved index holds no source page.
    expect((await links()).filter((href) => href?.startsWith('/kilder/'))).toEqual([]);
  });

  it('explains an address that is not saved, and lists what is', async () => {
    const page = await freshPage();
    await save(page);
    await page.context().setOffline(true);
    await page.goto(`${server.origin}${NOT_SAVED}`);
    expect((await page.locator('h1').textContent())?.replaceAll('\u00ad', '')).toBe(
      'Siden er ikke gemt',
    );
    expect(await page.locator(`main a[href="${GUIDE}"]`).count()).toBe(1);
  });

  it('removes the saved copy and the worker with »Fjern den gemte udgave«', async () => {
    const page = await freshPage();
    await save(page);
    await page.getByRole('button', { name: 'Fjern den gemte udgave' }).click();
    await expect
      .poll(() => page.locator('[data-kit-status]').textContent())
      .toBe('Den gemte udgave er fjernet fra denne browser.');
    expect(await kitCaches(page)).toEqual([]);
    expect(await registrations(page)).toBe(0);
  });

  it('refreshes the saved copy when a new build is deployed, and says so on the next visit', async () => {
    const page = await freshPage();
    await save(page);
    // A new deployment: one guide changes, so the kit's stamp changes.
    const guideFile = join(server.root, GUIDE, 'index.html');
    writeFileSync(
      guideFile,
      readFileSync(guideFile, 'utf8').replace('</h1>', '</h1><p>Ny udgave af vejledningen.</p>'),
    );
    const listFile = join(server.root, KIT_LIST_PATH);
    const kit = JSON.parse(readFileSync(listFile, 'utf8')) as KitList;
    writeFileSync(listFile, JSON.stringify({ ...kit, stamp: 'ny-udgave' }));
    // The next page opened online makes the worker compare stamps and save in the background.
    await page.goto(`${server.origin}/`);
    await expect
      .poll(() => kitCaches(page), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['fb-felt-ny-udgave']));
    await expect.poll(() => kitCaches(page)).not.toContain(`fb-felt-${kit.stamp}`);
    await page.goto(`${server.origin}/model/`);
    expect(await page.locator('.fb-kit-notice').textContent()).toMatch(
      /^Den gemte udgave er opdateret til webstedets nyeste udgave fra /,
    );
    await page.context().setOffline(true);
    await page.goto(`${server.origin}${GUIDE}`);
    expect(await page.locator('main').textContent()).toContain('Ny udgave af vejledningen.');
  });
});
