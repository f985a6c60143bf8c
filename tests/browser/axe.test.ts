import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { builtPages } from '../support/dist.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

// Evaluated through the DevTools protocol, which the site's CSP rightly does not let a <script> tag do.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const urls = builtPages().map((page) => page.url);

describe.runIf(chromiumAvailable())('accessibility (axe, WCAG 2.1 A and AA)', () => {
  const site = useSiteInBrowser();

  it.each(['light', 'dark'] as const)('finds no violations on any page in the %s scheme', async (colorScheme) => {
    const page = await site.context.newPage();
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    for (const url of urls) {
      await page.goto(site.origin + url);
      await page.evaluate(AXE);
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      violations.push(...found.map((v) => `${url} ${v}`));
    }
    // The search page once its results have rendered.
    await page.goto(`${site.origin}/soeg/?q=behandling`);
    await page.waitForSelector('[data-search-results] > li');
    await page.evaluate(AXE);
    const search = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run({})).violations.map((v) => v.id);
    });
    violations.push(...search.map((v) => `/soeg/?q=behandling ${v}`));
    await page.close();
    expect(urls.length).toBeGreaterThan(30);
    expect(violations).toEqual([]);
  });
});
