// The pocket card of the monthly improvement meeting, printed to PDF by Chromium as a reader would
// print it: A6 pages with the card alone, its checklist boxes and the guide's address.
import { describe, expect, it } from 'vitest';
import { absoluteUrl, entryUrl, pocketCardUrl } from '../../src/lib/urls.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { readPdf } from '../support/pdf.ts';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

const GUIDE = 'hold-maanedlige-forbedringsmoeder';
const TITLE = 'Hold månedlige forbedringsmøder';
const FOUR_QUESTIONS = [
  'Hvad fungerer?',
  'Hvad udfordrer?',
  'Hvilke forbedringer kalder det på?',
  'Hvilke handlinger kan gøres for at skabe disse forbedringer?',
];
/** A6, 105 × 148 mm, in PDF points (1/72 inch). */
const A6 = { width: (105 / 25.4) * 72, height: (148 / 25.4) * 72 };

/**
 * The letters and marks a PDF prints, in order, without spacing: Chromium draws a soft hyphen
 * with the glyph of a space, so the spaces of a PDF do not tell words apart. The hyphens of words
 * broken at a line's end (U+2010, each in a text block of its own) are taken out, and ligatures
 * spelled out.
 */
function letters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\n\u2010\n/g, '')
    .replace(/[\s\u00AD]/g, '');
}

describe.runIf(browserAvailable())('the pocket card on paper, printed to PDF by Chromium', () => {
  const site = useSiteInBrowser();

  it('prints on A6 pages, front and back, with the card and nothing of the site around it', async () => {
    const page = await site.context.newPage();
    await page.goto(site.origin + pocketCardUrl(GUIDE));
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.close();

    const pages = readPdf(pdf);
    // The eight steps fill the front; the checklist, address and sources the back.
    expect(pages).toHaveLength(2);
    for (const { mediaBox } of pages) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = mediaBox;
      // Chromium rounds the page to whole CSS pixels: within a point of A6.
      expect(Math.abs(x1 - x0 - A6.width)).toBeLessThan(1);
      expect(Math.abs(y1 - y0 - A6.height)).toBeLessThan(1);
    }
    const text = letters(pages.map((p) => p.text).join('\n'));
    expect(letters(pages[0]!.text)).toContain(letters(TITLE));
    for (const question of FOUR_QUESTIONS) expect(text).toContain(letters(`»${question}«`));
    expect(text).toContain('Tjekliste');
    expect(text).toContain(absoluteUrl(entryUrl('guides', GUIDE), siteConfig.origin));
    for (const left of [
      'Søg på webstedet',
      'Du er her',
      'Tilbage til vejledningen',
      'Udskriv siden',
    ])
      expect(text).not.toContain(letters(left));
  });

  it('draws an empty box before every check under print media, and hides the page around the card', async () => {
    const page = await site.context.newPage();
    await page.goto(site.origin + pocketCardUrl(GUIDE));
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.$$eval('.pocket-card__checklist li', (items) =>
      items.map((item) => {
        const box = getComputedStyle(item, '::before');
        return `${box.borderTopStyle} ${box.borderLeftWidth} ${parseFloat(box.width) > 0}`;
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    expect(new Set(boxes)).toEqual(new Set(['solid 1px true']));
    const shown = await page.evaluate(() =>
      [
        'a.skip',
        'body > header',
        '.fb-demo',
        'nav[aria-label="Du er her"]',
        'body > footer',
        '.fb-print-only',
        '.pocket-actions',
      ].map((selector) => {
        const element = document.querySelector(selector);
        return element ? element.checkVisibility() : false;
      }),
    );
    expect(shown).toEqual([false, false, false, false, false, false, false]);
    await page.close();
  });
});
