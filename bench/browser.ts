// Page weight and search speed as a reader's browser sees them: headless system Chromium.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain',
};

/** Serves a dist folder on a free loopback port, files as they are. */
export async function serve(dist: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(dist, '404.html');
    response.writeHead(existsSync(file) ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(existsSync(file) ? readFileSync(file) : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
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
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bench-chromium-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, close: () => context.close() };
}

/** The weight of one page at load, and after three quiet seconds (idle loads included). */
export async function pageWeight(context: BrowserContext, url: string): Promise<{ load: Weight; idle: Weight }> {
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

/** Twenty varied Danish queries, inflected forms among them. */
export const QUERIES = ['behandlingen', 'kommunen', 'forbedringsmødet', 'evalueringen', 'samarbejde', 'borgerne', 'læring', 'partnerskabet', 'udfordringer', 'interview', 'workshops', 'sundhed trivsel', 'opsøgende indsats', 'data', 'forankring', 'metode', 'analyse', 'relation tillid', 'kerneudfordring', 'netværk'];

/** Pagefind's own time from query to first result data, and the bytes the first query fetched. */
export async function searchSpeed(context: BrowserContext, pageUrl: string): Promise<{ median: number; p95: number; firstQueryBytes: number }> {
  const page = await context.newPage();
  await page.goto(pageUrl);
  let bytes = 0;
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
    try {
      bytes += (await response.body()).length;
    } catch {
      // No body.
    }
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
  const firstQueryBytes = bytes;
  const times = [...first, ...(await run(QUERIES.slice(1)))];
  await page.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.ceil(sorted.length * 0.95) - 1]!, firstQueryBytes };
}

/** Our search page: from pressing Enter to the first rendered result, for each query. */
export async function searchPageSpeed(context: BrowserContext, origin: string): Promise<{ median: number; p95: number }> {
  const page = await context.newPage();
  await page.goto(`${origin}/soeg/`);
  const times: number[] = [];
  for (const query of QUERIES) {
    await page.fill('#soeg-q', query);
    const started = Date.now();
    await page.press('#soeg-q', 'Enter');
    // Done when the status names this query, which happens only after the results are rendered.
    await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`»${q}«`), query);
    times.push(Date.now() - started);
  }
  await page.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.ceil(sorted.length * 0.95) - 1]! };
}
