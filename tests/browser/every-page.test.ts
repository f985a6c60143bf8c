import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

/** Every page in the sitemap, the 404 page, and the search page with results. */
function pagesToCheck(): string[] {
  const parser = new XMLParser();
  const index = parser.parse(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')) as {
    sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
  };
  const paths = [index.sitemapindex.sitemap].flat().flatMap((map) => {
    const xml = parser.parse(readFileSync(join(DIST, new URL(map.loc).pathname), 'utf8')) as {
      urlset: { url: { loc: string } | { loc: string }[] };
    };
    return [xml.urlset.url].flat().map((url) => new URL(url.loc).pathname);
  });
  return [...paths, '/findes-ikke/', '/soeg/?q=behandling'];
}

const PAGES = pagesToCheck();
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe as every test here runs it. The site has no frames, so axe runs in the page itself (legacy
 * mode) instead of finishing each run in a blank tab of its own; with only the violations
 * reported, that halves the time of a walk over every page.
 */
const axe = (page: Page) =>
  new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode()
    .options({ resultTypes: ['violations'] });

describe.runIf(browserAvailable())(
  'every page, in Chromium behind the production nginx rules',
  () => {
    const site = useSiteInBrowser();

    /** A tab that records what a privacy or CSP review looks for, on whichever page it shows. */
    async function watchedTab(
      problems: string[],
    ): Promise<{ page: Page; visit: (path: string) => Promise<void> }> {
      const page = await site.context.newPage();
      const origin = new URL(site.origin).host;
      let current = '';
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.host !== origin)
          problems.push(`${current}: forespørgsel til ${url.href}`);
      });
      page.on('console', (message) => {
        // The 404 check asks for a missing page on purpose; Chromium logs the status it gets.
        const expected404 = current === '/findes-ikke/' && message.text().includes('status of 404');
        if (message.type() === 'error' && !expected404)
          problems.push(`${current}: konsolfejl ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${current}: scriptfejl ${error.message}`));
      // Listens for CSP violations from the very start of each document.
      await page.addInitScript(() => {
        const list: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
        document.addEventListener('securitypolicyviolation', (event) =>
          list.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const visit = async (path: string) => {
        current = path;
        await page.goto(site.origin + path);
        if (path.startsWith('/soeg/?q=')) {
          await page.waitForSelector('[data-search-results] > li');
          await page.waitForSelector('[data-search-results]:not([aria-busy="true"])', {
            state: 'attached',
          });
        }
        const violations = await page.evaluate(
          () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
        );
        problems.push(...violations.map((v) => `${path}: CSP ${v}`));
      };
      return { page, visit };
    }

    it(`checks ${PAGES.length} pages, the sitemap's and the 404 and search pages`, () => {
      expect(PAGES.length).toBeGreaterThan(40);
    });

    it('is live: axe, run as below, reports a known-bad image without alt text', async () => {
      const page = await site.context.newPage();
      await page.setContent(
        '<!doctype html><html lang="da"><title>x</title><main><img src="x.png"></main></html>',
      );
      const { violations } = await axe(page).analyze();
      await page.close();
      expect(violations.map((v) => v.id)).toContain('image-alt');
    });

    // The three walks over every page are the longest tests of the run. Side by side, each in its
    // own tab, they keep Chromium busy on both cores while the other files finish.
    it.concurrent.for(['light', 'dark'] as const)(
      'finds no axe violations (WCAG 2.0–2.2 A/AA) in the %s scheme',
      { timeout: 300_000 },
      async (colorScheme, { expect }) => {
        const problems: string[] = [];
        const { page, visit } = await watchedTab(problems);
        await page.emulateMedia({ colorScheme });
        for (const path of PAGES) {
          await visit(path);
          const { violations } = await axe(page).analyze();
          problems.push(
            ...violations.map(
              (v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
            ),
          );
        }
        await page.close();
        expect(problems).toEqual([]);
      },
    );

    it.concurrent(
      'sends no request to another host, sets no cookie and logs no console error or CSP violation',
      { timeout: 300_000 },
      async ({ expect }) => {
        const problems: string[] = [];
        const { page, visit } = await watchedTab(problems);
        for (const path of PAGES) await visit(path);
        await page.close();
        expect(problems).toEqual([]);
        expect(await site.context.cookies()).toEqual([]);
      },
    );
  },
);
