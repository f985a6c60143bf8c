import { site as siteConfig } from '../../src/site.config.ts';
import { describe, expect, it } from 'vitest';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

const PRINTED = [
  '/vejledninger/hold-maanedlige-forbedringsmoeder/',
  '/resultater/kerneudfordring-for-misbrugsomraadet/',
];

describe.runIf(browserAvailable())(
  'guides and findings on paper, in Chromium under print media',
  () => {
    const site = useSiteInBrowser();

    it.each(PRINTED)(
      '%s hides navigation, search and footer, and names site, address and date',
      async (path) => {
        const page = await site.context.newPage();
        await page.goto(site.origin + path);
        await page.emulateMedia({ media: 'print' });
        const hidden = await page.evaluate(() =>
          [
            'body > header',
            'body > footer',
            'nav[aria-label="Du er her"]',
            'form[role="search"]',
            '.toc',
            'a.skip',
          ].map((selector) => {
            const element = document.querySelector(selector);
            return element ? getComputedStyle(element).display : `mangler: ${selector}`;
          }),
        );
        expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
        const header = await page.locator('.fb-print-only').textContent();
        expect(header).toContain('Fremskudt behandling');
        expect(header).toContain(`${path}`);
        expect(header).toMatch(/Sidst opdateret \d{1,2}\. [a-zæøå]+ \d{4}/);
        await page.close();
      },
    );

    it.each(PRINTED)(
      '%s prints full link addresses after the link text and keeps list items and quotes whole',
      async (path) => {
        const page = await site.context.newPage();
        await page.goto(site.origin + path);
        await page.emulateMedia({ media: 'print' });
        const after = await page.evaluate(() => {
          const link = document.querySelector('main a[href^="/"]:not(.fb-heading__link)')!;
          return {
            href: link.getAttribute('href'),
            content: getComputedStyle(link, '::after').content,
          };
        });
        // The site's own links print as full addresses, with the origin the site was built for.
        expect(after.content.replaceAll('" "', '')).toBe(`" (${siteConfig.origin}${after.href})"`);
        const breaks = await page.evaluate(() =>
          ['main li', 'main blockquote, main dd'].map((s) => {
            const element = document.querySelector(s);
            return element ? getComputedStyle(element).breakInside : 'avoid';
          }),
        );
        expect(breaks).toEqual(['avoid', 'avoid']);
        const pdf = await page.pdf({ format: 'A4', printBackground: false });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(10_000);
        await page.close();
      },
    );
  },
);
