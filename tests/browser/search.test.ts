import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HTMLElement, type Node } from 'node-html-parser';
import { SOFT_HYPHEN } from '../../src/lib/hyphenation.ts';
import { t } from '../../src/i18n/da.ts';
import { SEARCH_TYPES } from '../../src/lib/search-index.ts';
import { KIT_FALLBACK_PATH } from '../../src/lib/fixed-pages.ts';
import { builtPages, DIST, isPocketCard, isVersionPage } from '../support/dist.ts';
import { browserAvailable, useSiteInBrowser } from '../support/site-in-browser.ts';

describe.runIf(browserAvailable())('search in Chromium behind nginx, under the site CSP', () => {
  const site = useSiteInBrowser();
  // The script and console errors of every page the current test opened. Each test ends by
  // asserting there were none, so the check belongs to the test that caused an error.
  let errors: string[] = [];

  beforeAll(() => {
    site.context.on('page', (page) => {
      page.on('pageerror', (error) => errors.push(`scriptfejl: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error')
          errors.push(`konsolfejl: ${message.text()} (${message.location().url})`);
      });
    });
  });
  beforeEach(() => {
    errors = [];
  });
  afterEach(() => {
    expect(errors, 'fejl i browseren under testen').toEqual([]);
  });

  async function open(path: string): Promise<Page> {
    const page = await site.context.newPage();
    await page.goto(site.origin + path);
    return page;
  }

  /** Waits until the search has answered, then returns the status sentence. */
  async function status(page: Page): Promise<string> {
    const region = page.getByRole('status');
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text !== '' && text !== 'Søger …';
    });
    return (await region.textContent()) ?? '';
  }

  async function resultLinks(page: Page): Promise<string[]> {
    await status(page);
    // The first result shows at once; the list is complete when it is no longer busy.
    await page.waitForSelector('[data-search-results]:not([aria-busy="true"])', {
      state: 'attached',
    });
    return page
      .locator('[data-search-results] > li > h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('notices a script error on a page, so the check after each test is live', async () => {
    const page = await open('/soeg/');
    await Promise.all([
      page.waitForEvent('pageerror'),
      page.evaluate(() =>
        setTimeout(() => {
          throw new Error('prøvefejl');
        }),
      ),
    ]);
    expect(errors).toEqual(['scriptfejl: prøvefejl']);
    errors = [];
    await page.close();
  });

  it.each([
    [
      'forbedringsmødet',
      [
        '/metoder/maanedlige-forbedringsmoeder/',
        '/vejledninger/hold-maanedlige-forbedringsmoeder/',
      ],
    ],
    ['behandlingen', ['/model/']],
    ['læringsseminaret', ['/metoder/tematiske-laeringsseminarer/']],
  ])(
    'finds the right pages among the top three for the inflected query »%s«',
    async (query, expected) => {
      const page = await open(`/soeg/?q=${encodeURIComponent(query)}`);
      const top = (await resultLinks(page)).slice(0, 3);
      expect(top).toEqual(expect.arrayContaining(expected));
      await page.close();
    },
  );

  // The build hyphenates the pages after Pagefind has indexed them (src/cli/hyphenate.ts), so a
  // word that the pages now carry with soft hyphens is still found whole.
  it.each(['forbedringsmøder', 'civilsamfundsorganisationer'])(
    'finds every page that has the hyphenated word »%s« in its indexed text',
    async (word) => {
      const indexedText = (node: Node): string =>
        node instanceof HTMLElement && node.hasAttribute('data-pagefind-ignore')
          ? ''
          : node instanceof HTMLElement
            ? node.childNodes.map(indexedText).join(' ')
            : node.text;
      const pages = builtPages().filter((built) => {
        const body = built.root.querySelector('[data-pagefind-body]');
        return body && indexedText(body).replaceAll(SOFT_HYPHEN, '').toLowerCase().includes(word);
      });
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.length).toBeLessThanOrEqual(20);
      // The test is about hyphenated pages: at least one of them has the word split in its file.
      const count = (html: string) => html.toLowerCase().split(word).length - 1;
      const split = (html: string) => count(html.replaceAll(SOFT_HYPHEN, '')) > count(html);
      const file = (url: string) => join(DIST, url.endsWith('/') ? `${url}index.html` : url);
      expect(pages.some((built) => split(readFileSync(file(built.url), 'utf8')))).toBe(true);
      const page = await open(`/soeg/?q=${encodeURIComponent(word)}`);
      expect(await resultLinks(page)).toEqual(
        expect.arrayContaining(pages.map((built) => built.url)),
      );
      await page.close();
    },
  );

  it('shows the result count in a live region when a deep link is opened', async () => {
    const page = await open('/soeg/?q=kerneudfordring');
    expect(await status(page)).toMatch(/^\d+ resultat(er)? for »kerneudfordring«$/);
    expect(await page.getByRole('status').getAttribute('aria-live')).toBe('polite');
    await expect(page.getByRole('searchbox', { name: 'Søgeord' }).inputValue()).resolves.toBe(
      'kerneudfordring',
    );
    await page.close();
  });

  it('narrows the results with a filter and puts the filter in the URL', async () => {
    const page = await open('/soeg/?q=forbedringsm%C3%B8der');
    const all = await resultLinks(page);
    await page.getByRole('combobox', { name: 'Indholdstype' }).selectOption('vejledning');
    await page.waitForURL(/type=vejledning/);
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] > li').length < count,
      all.length,
    );
    const guides = await resultLinks(page);
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.length).toBeLessThan(all.length);
    expect(guides.every((url) => url.startsWith('/vejledninger/'))).toBe(true);
    await page.close();
  });

  it('narrows to another process than the site’s own and marks each of its results', async () => {
    const page = await open('/soeg/?q=udfordringer');
    const all = await resultLinks(page);
    const origin = page.getByRole('combobox', { name: 'Oprindelse' });
    // The site's own intervention is the first origin; the next is another process.
    const other = await origin.locator('option').nth(2).getAttribute('value');
    expect(other).toBeTruthy();
    await origin.selectOption(other!);
    await page.waitForURL(new RegExp(`oprindelse=${other}`));
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] > li').length < count,
      all.length,
    );
    const narrowed = await resultLinks(page);
    expect(narrowed.length).toBeGreaterThan(0);
    const marks = await page.locator('[data-search-results] > li .fb-origin').allTextContents();
    expect(marks).toHaveLength(narrowed.length);
    expect(marks.every((mark) => mark.trim() !== '')).toBe(true);
    await page.close();
  });

  it('shows only the newest search when it starts while the last one is still loading its results', async () => {
    const alone = await open('/soeg/?q=kommune');
    const expected = await resultLinks(alone);
    await alone.close();
    const page = await site.context.newPage();
    // Every result's data arrives late, so the first search is still loading when the second starts.
    let delayed = 0;
    await page.route('**/pagefind/fragment/**', async (route) => {
      delayed++;
      await new Promise((resolve) => setTimeout(resolve, 150));
      await route.continue();
    });
    await page.goto(`${site.origin}/soeg/?q=behandling`);
    await page.waitForSelector('[data-search-results][aria-busy="true"] > li', {
      state: 'attached',
    });
    const box = page.getByRole('searchbox', { name: 'Søgeord' });
    await box.fill('kommune');
    await box.press('Enter');
    await page.waitForFunction(() =>
      (document.querySelector('[data-search-status]')?.textContent ?? '').endsWith('»kommune«'),
    );
    expect(await resultLinks(page)).toEqual(expected);
    expect(await page.locator('[data-search-results]').getAttribute('aria-busy')).toBeNull();
    expect(delayed).toBeGreaterThan(1);
    await page.close();
  });

  it('restores query, filters and results on back and forward', async () => {
    const page = await open('/soeg/?q=workshop');
    await status(page);
    await page.getByRole('combobox', { name: 'Målgruppe' }).selectOption('praktiker');
    await page.waitForURL(/maalgruppe=praktiker/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('maalgruppe'));
    await expect(page.getByRole('combobox', { name: 'Målgruppe' }).inputValue()).resolves.toBe('');
    await page.goForward();
    await page.waitForURL(/maalgruppe=praktiker/);
    await expect(page.getByRole('combobox', { name: 'Målgruppe' }).inputValue()).resolves.toBe(
      'praktiker',
    );
    expect(await status(page)).toContain('»workshop«');
    await page.close();
  });

  it('renders a script-like query as text and runs nothing', async () => {
    const attack = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script>';
    const page = await open(`/soeg/?q=${encodeURIComponent(attack)}`);
    expect(await status(page)).toContain('<img src=x');
    expect(await page.locator('fb-search img, fb-search script').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked),
    ).toBeUndefined();
    await page.close();
  });

  it.each([
    ['a very long query', 'results', 'behandling '.repeat(300)],
    ['punctuation only', 'suggestions', '!!! ??? ...'],
    ['emoji', 'suggestions', '🙂🙂🚀'],
    ['an unknown word', 'suggestions', 'xyzzyqwertyplugh'],
  ] as const)('answers %s with %s and without an error', async (_label, expected, query) => {
    const page = await open(`/soeg/?q=${encodeURIComponent(query)}`);
    const text = await status(page);
    if (expected === 'results') {
      expect(text).toMatch(/^\d+ resultat(er)? for »/);
      expect((await resultLinks(page)).length).toBeGreaterThan(0);
    } else {
      expect(text).toMatch(/^Ingen resultater for »/);
      await expect(
        page.getByRole('link', { name: 'Alle sider fra A til Å' }).last().isVisible(),
      ).resolves.toBe(true);
    }
    await page.close();
  });

  it('says in Danish that search is unavailable when the index is missing', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.withoutSearchIndexOrigin}/soeg/?q=behandling`);
    expect(await status(page)).toBe(
      'Søgningen kan ikke bruges lige nu, fordi søgeindekset ikke kunne hentes.',
    );
    await expect(
      page.getByRole('link', { name: 'Alle sider fra A til Å' }).last().isVisible(),
    ).resolves.toBe(true);
    await page.close();
    // The missing index is the point here: the browser logging its 404 is expected, nothing else.
    const missingIndex = (error: string) => / 404 .*\/pagefind\//.test(error);
    expect(errors.filter(missingIndex).length).toBeGreaterThan(0);
    errors = errors.filter((error) => !missingIndex(error));
  });

  it('can be used with the keyboard alone: Tab to the field, type, Enter, "/" back, Tab to the third result, open it', async () => {
    const page = await open('/model/');
    // Content pages carry no script, so the reader tabs to the header's field.
    for (let step = 0; step < 10; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'sitesearch-q')) break;
    }
    await page.keyboard.type('forbedringsmøder');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/soeg\/\?q=/);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('/');
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(
        () => (document.activeElement as HTMLAnchorElement | null)?.href ?? '',
      );
      if (focused && new URL(focused).pathname === links[2]) break;
    }
    const focused = await page.evaluate(
      () => new URL((document.activeElement as HTMLAnchorElement).href).pathname,
    );
    expect(focused).toBe(links[2]);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === links[2]);
    await page.close();
  });

  it('indexes every content page, and nothing else: not the pages of single versions, nor the pocket cards', async () => {
    const page = await open('/soeg/');
    // A string, so the test runner's module transform leaves the browser's own import() alone.
    const indexed = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(null, { filters: { type: { any: ${JSON.stringify(Object.keys(SEARCH_TYPES))} } } });
      const data = await Promise.all(found.results.map((result) => result.data()));
      return data.map((entry) => entry.url);
    })()`)) as string[];
    const content = builtPages()
      .map((built) => built.url)
      .filter(
        (url) =>
          url !== '/404.html' &&
          url !== '/soeg/' &&
          // What the field kit shows offline for an unsaved address, not content to search.
          url !== KIT_FALLBACK_PATH &&
          !isVersionPage(url) &&
          !isPocketCard(url),
      );
    expect([...indexed].sort()).toEqual([...content].sort());
    await page.close();
  });

  it('loads Pagefind only when a search starts', async () => {
    const page = await site.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/soeg/`);
    await page.waitForTimeout(300);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Søgeord' }).fill('recovery');
    await status(page);
    expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    await page.close();
  });

  it('finds the guide on involving users first for »brugerinddragelse«, a word only its keywords hold', async () => {
    const page = await open('/soeg/?q=brugerinddragelse');
    expect((await resultLinks(page))[0]).toBe('/vejledninger/inddrag-brugere-og-interessenter/');
    await page.close();
  });

  /** Each shown result's title and the line under it, once the list is complete. */
  async function resultLines(
    page: Page,
  ): Promise<{ title: string; meta: string; origin: string }[]> {
    await resultLinks(page);
    return page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2')?.textContent ?? '',
        meta: item.querySelector('.fb-result__meta')?.textContent ?? '',
        origin: item.querySelector('.fb-result__meta .fb-origin')?.textContent ?? '',
      })),
    );
  }

  it('gives a phase’s own page the line »Fase«, without naming the phase again', async () => {
    const page = await open('/soeg/?type=fase');
    const lines = await resultLines(page);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.meta)).toEqual(lines.map(() => SEARCH_TYPES.fase));
    await page.close();
  });

  it('writes each result’s line as its type, then its origin when another, then its phase', async () => {
    const page = await open('/soeg/?type=resultat');
    const phases = await page
      .getByRole('combobox', { name: 'Fase' })
      .locator('option:not([value=""])')
      .allTextContents();
    const lines = await resultLines(page);
    expect(lines.length).toBeGreaterThan(1);
    for (const { meta, origin } of lines) {
      const [type, ...rest] = meta.split(' · ');
      expect(type).toBe(SEARCH_TYPES.resultat);
      if (origin) expect(rest.shift()).toBe(origin);
      const phase = rest.shift();
      if (phase)
        expect(phases.map((name) => `${t('searchPage.phaseLabel')}: ${name}`)).toContain(phase);
      expect(rest).toEqual([]);
    }
    // The findings of both processes are there: some carry an origin, some a phase.
    expect(lines.some((line) => line.origin)).toBe(true);
    expect(lines.some((line) => line.meta.includes(` · ${t('searchPage.phaseLabel')}: `))).toBe(
      true,
    );
    await page.close();
  });

  it('moves nothing when results arrive on a 1280 × 800 screen: layout shift under 0.1, none at the results or below', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // Records every layout shift from the first frame, with what moved.
    await page.addInitScript(() => {
      const shifts: { value: number; moved: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: { node?: globalThis.Node | null }[];
        })[])
          shifts.push({
            value: entry.value,
            moved: entry.sources.map((source) => {
              const node = source.node;
              const element = node instanceof Element ? node : node?.parentElement;
              return element?.closest('fb-search, footer')?.localName ?? element?.localName ?? '?';
            }),
          });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}/soeg/?q=behandling`);
    await resultLinks(page);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts,
    );
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total).toBeLessThan(0.1);
    expect(
      shifts
        .flatMap((shift) => shift.moved)
        .filter((name) => name === 'fb-search' || name === 'footer'),
    ).toEqual([]);
    await page.close();
  });

  it('shows the "/" tip where there is a mouse and a keyboard, not on a touch screen', async () => {
    const desktop = await open('/soeg/');
    await expect(desktop.getByText(t('searchPage.hotkey')).isVisible()).resolves.toBe(true);
    await desktop.close();
    const phone = await site.context.browser()!.newContext({
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await phone.newPage();
    await page.goto(`${site.origin}/soeg/`);
    await page.getByRole('searchbox', { name: 'Søgeord' }).waitFor();
    await expect(page.getByText(t('searchPage.hotkey')).isVisible()).resolves.toBe(false);
    await phone.close();
  });

  it('starts the first result on the first screen of a 375 × 667 phone', async () => {
    const phone = await site.context.browser()!.newContext({
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await phone.newPage();
    await page.goto(`${site.origin}/soeg/?q=behandling`);
    await resultLinks(page);
    const top = await page
      .locator('[data-search-results] > li')
      .first()
      .evaluate((item) => item.getBoundingClientRect().top);
    expect(top).toBeLessThan(667);
    await phone.close();
  });
});
