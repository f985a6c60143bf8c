// `bench/node_modules/.bin/node bench/trace-search.ts <dist>`: records a Chromium trace of our search
// page over the benchmark's queries and prints, for each, what the renderer did between the first
// result entering the DOM (the page's `fb-search:shown` mark) and the frame that shows it.
// The trace is written to bench/results/search-trace.json; open it in Chrome DevTools' Performance panel.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, QUERIES, searchAsReader, serve } from './browser.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const dist = process.argv[2];
if (!dist) throw new Error('Brug: bench/node_modules/.bin/node bench/trace-search.ts <dist-mappe>');
const FRAME_STEPS = [
  'ProxyMain::BeginMainFrame',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Commit',
  'RasterTask',
];

const server = await serve(dist);
const browser = await launch();
const page = await browser.context.newPage();
await page.goto(`${server.origin}/soeg/`);
const cdp = await browser.context.newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
  traceConfig: {
    includedCategories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'toplevel',
      'cc',
    ],
  },
  transferMode: 'ReportEvents',
});
for (const query of QUERIES) await searchAsReader(page, query);
await cdp.send('Tracing.end');
await complete;
await browser.close();
await server.close();
const file = join(import.meta.dirname, 'results', 'search-trace.json');
writeFileSync(file, JSON.stringify({ traceEvents: events }));

const threadNames = new Map(
  events
    .filter((e) => e.name === 'thread_name')
    .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']),
);
const shown = events
  .filter((e) => e.name === 'fb-search:shown' && e.cat.includes('blink.user_timing'))
  .sort((a, b) => a.ts - b.ts);
console.log(
  `Fra første resultat i DOM'en (ms): ${FRAME_STEPS.join(' | ')} (start+varighed), og tråden for rasterisering`,
);
for (const mark of shown) {
  // The frame that paints the result: the first BeginMainFrame after the mark, and its steps.
  const frame = events.find(
    (e) => e.name === 'ProxyMain::BeginMainFrame' && e.ts >= mark.ts && e.ph === 'X',
  );
  if (!frame) continue;
  const frameEnd = frame.ts + (frame.dur ?? 0);
  const until = frameEnd + 40_000;
  const steps = FRAME_STEPS.map((name) => {
    // Raster runs on other threads after the frame; every other step runs inside it.
    const end = name === 'RasterTask' ? until : frameEnd;
    const step = events.find(
      (e) => e.name === name && e.ts >= frame.ts && e.ts <= end && e.ph === 'X',
    );
    return step
      ? `${((step.ts - mark.ts) / 1000).toFixed(1)}+${((step.dur ?? 0) / 1000).toFixed(1)}`
      : '–';
  });
  const raster = events.filter((e) => e.name === 'RasterTask' && e.ts >= frame.ts && e.ts <= until);
  const rasterMs = raster.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  console.log(
    `${steps.join(' | ')} | rasterisering i alt ${rasterMs.toFixed(1)} ms på ${[...new Set(raster.map((e) => threadNames.get(`${e.pid}:${e.tid}`)))].join(', ')}`,
  );
}
console.log(`Trace: ${file}`);
