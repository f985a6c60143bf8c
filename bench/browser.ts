// Page weight and search speed as a reader's browser sees them: headless system Chromium.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../src/cli/chromium.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** Serves a dist folder on a free loopback port, files as they are. */
export async function serve(dist: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(dist, '404.html');
    response.writeHead(existsSync(file) ? 200 : 404, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    response.end(existsSync(file) ? readFileSync(file) : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Bytes of each kind, raw and gzip. */
export interface Weight {
  html: [number, number];
  css: [number, number];
  js: [number, number];
}

function kindOf(url: string, type: string): keyof Weight | undefined {
  if (type.includes('html')) return 'html';
  if (type.includes('css') || url.endsWith('.css')) return 'css';
  if (type.includes('javascript') || /\.m?js$/.test(url)) return 'js';
  return undefined;
}

/** Launches the system Chromium with a fresh profile. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'bench-chromium-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    },
  );
  return { context, close: () => context.close() };
}

/** The weight of one page at load, and after three quiet seconds (idle loads included). */
export async function pageWeight(
  context: BrowserContext,
  url: string,
): Promise<{ load: Weight; idle: Weight }> {
  const page = await context.newPage();
  const seen: { kind: keyof Weight; body: Buffer; atLoad: boolean }[] = [];
  let loaded = false;
  page.on('response', async (response) => {
    const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
    if (!kind) return;
    const atLoad = !loaded;
    try {
      seen.push({ kind, body: await response.body(), atLoad });
    } catch {
      // A response without a body (a redirect) weighs nothing.
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  loaded = true;
  await page.waitForTimeout(3000);
  await page.close();
  const sum = (filter: (item: (typeof seen)[number]) => boolean): Weight => {
    const weight: Weight = { html: [0, 0], css: [0, 0], js: [0, 0] };
    for (const item of seen.filter(filter)) {
      weight[item.kind][0] += item.body.length;
      weight[item.kind][1] += gzipSync(item.body).length;
    }
    return weight;
  };
  return { load: sum((item) => item.atLoad), idle: sum(() => true) };
}

/** The median and the 95th percentile of a list of times. */
export const stats = (times: number[]): { median: number; p95: number } => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.ceil(sorted.length * 0.95) - 1]!,
  };
};

/** Twenty varied Danish queries, inflected forms among them. */
export const QUERIES = [
  'behandlingen',
  'kommunen',
  'forbedringsmødet',
  'evalueringen',
  'samarbejde',
  'borgerne',
  'læring',
  'partnerskabet',
  'udfordringer',
  'interview',
  'workshops',
  'sundhed trivsel',
  'opsøgende indsats',
  'data',
  'forankring',
  'metode',
  'analyse',
  'relation tillid',
  'kerneudfordring',
  'netværk',
];

/** Pagefind's own time from query to first result data for each query, and the bytes the first query fetched. */
export async function searchSpeed(
  context: BrowserContext,
  pageUrl: string,
): Promise<{ times: number[]; firstQueryBytes: number }> {
  const page = await context.newPage();
  await page.goto(pageUrl);
  // Every Pagefind response's body, kept as a promise, so none is missed however late it is read.
  const bodies: Promise<number>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/'))
      bodies.push(
        response.body().then(
          (body) => body.length,
          () => 0,
        ),
      );
  });
  // Strings, so no bundler rewrites the browser's own import().
  const run = (queries: string[]) =>
    page.evaluate(`(async (queries) => {
      const times = [];
      for (const query of queries) {
        const started = performance.now();
        globalThis.benchPagefind ??= await import('/pagefind/pagefind.js');
        const found = await globalThis.benchPagefind.search(query);
        if (found.results[0]) await found.results[0].data();
        times.push(performance.now() - started);
      }
      return times;
    })(${JSON.stringify(queries)})`) as Promise<number[]>;
  const first = await run(QUERIES.slice(0, 1));
  await page.waitForTimeout(300);
  const firstQueryBytes = (await Promise.all(bodies.slice())).reduce((sum, size) => sum + size, 0);
  const times = [...first, ...(await run(QUERIES.slice(1)))];
  await page.close();
  return { times, firstQueryBytes };
}

/**
 * Timing done inside the page, so no round trip to the browser is counted: from the reader's Enter
 * to the first result in the DOM, and to its first paint (Element Timing on every result heading).
 */
const SEARCH_PAGE_TIMING = `(() => {
  globalThis.benchTimes = [];
  let start = 0;
  document.addEventListener('keydown', (event) => { if (event.key === 'Enter') start = performance.now(); }, true);
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (tag, options) {
    const node = create.call(this, tag, options);
    if (String(tag).toLowerCase() === 'h2') node.setAttribute('elementtiming', 'bench-result');
    return node;
  };
  new PerformanceObserver((list) => {
    const last = globalThis.benchTimes.at(-1);
    const painted = list.getEntries().find((entry) => entry.identifier === 'bench-result');
    if (last && last.painted === undefined && painted) last.painted = painted.renderTime - last.start;
  }).observe({ type: 'element' });
  document.addEventListener('DOMContentLoaded', () => {
    const results = document.querySelector('[data-search-results]');
    new MutationObserver(() => {
      if (!start || !results.firstElementChild) return;
      globalThis.benchTimes.push({ start, inDom: performance.now() - start });
      start = 0;
    }).observe(results, { childList: true });
  });
})()`;

/** The page's own User Timing marks for the last search, as src/scripts/search-page.ts sets them. */
const SEARCH_MARKS = `(() => {
  const at = (name) => performance.getEntriesByName('fb-search:' + name).at(-1)?.startTime ?? NaN;
  const times = { start: at('start'), engine: at('engine'), data: at('data'), shown: at('shown') };
  performance.clearMarks();
  return times;
})()`;

/** One search on our page, in milliseconds. */
export interface SearchPageTimes {
  /** From the reader's Enter to the first result in the DOM, and to its first paint. */
  inDom: number;
  painted: number;
  /** Pagefind's part, from our search() call to the first result's data. */
  pagefind: number;
  /** Our code's part: reading the form, the URL and the status before, building the result after. */
  ownCode: number;
}

/**
 * One search on our search page as a reader makes it: type, Enter, and wait until every result is
 * shown and a moment has passed, as a reader reads them before searching again.
 */
export async function searchAsReader(page: Page, query: string): Promise<void> {
  await page.fill('#soeg-q', query);
  await page.press('#soeg-q', 'Enter');
  await page.waitForFunction(
    (q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`»${q}«`),
    query,
  );
  await page.waitForSelector('[data-search-results]:not([aria-busy])', { state: 'attached' });
  await page.waitForTimeout(100);
}

/**
 * Our search page, timed inside the page: from pressing Enter to the first result in the DOM and to
 * its first paint, split by the page's own marks into Pagefind's part and ours. Each search is left
 * to finish before the next, as a reader reads the results.
 */
export async function searchPageSpeed(
  context: BrowserContext,
  origin: string,
): Promise<SearchPageTimes[]> {
  const page = await context.newPage();
  await page.addInitScript(SEARCH_PAGE_TIMING);
  await page.goto(`${origin}/soeg/`);
  const marks: Record<'start' | 'engine' | 'data' | 'shown', number>[] = [];
  for (const query of QUERIES) {
    await searchAsReader(page, query);
    marks.push((await page.evaluate(SEARCH_MARKS)) as (typeof marks)[number]);
  }
  const times = (await page.evaluate('globalThis.benchTimes')) as {
    inDom: number;
    painted?: number;
  }[];
  await page.close();
  const complete = times.filter((time) => time.painted !== undefined).length;
  if (
    times.length !== QUERIES.length ||
    complete !== QUERIES.length ||
    marks.some((m) => Object.values(m).some(Number.isNaN))
  ) {
    throw new Error(
      `Søgesiden: ${times.length} af ${QUERIES.length} søgninger blev målt, ${complete} med tegnetid; siden satte ${marks.filter((m) => !Object.values(m).some(Number.isNaN)).length} sæt mærker`,
    );
  }
  return times.map((time, i) => {
    const m = marks[i]!;
    return {
      inDom: time.inDom,
      painted: time.painted!,
      pagefind: m.data - m.engine,
      ownCode: m.engine - m.start + (m.shown - m.data),
    };
  });
}
