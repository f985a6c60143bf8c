// `npm run bench [-- --quick]`: builds the same synthetic corpus as this site, Starlight and a bare
// Astro site, measures each, and writes a Markdown table to bench/results/.
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, pageWeight, searchPageSpeed, searchSpeed, serve, type Weight } from './browser.ts';
import { generateCorpus } from './corpus.ts';
import { folderSize, timed } from './measure.ts';
import { ROOT, writeBare, writeOurs, writeStarlight, type BenchSite } from './sites.ts';

const quick = process.argv.includes('--quick');
const sizes = quick ? [200] : [1000, 5000];
const WORK = join(import.meta.dirname, 'work');
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Figures {
  buildSeconds: number;
  peakMb: number;
  extra: Record<string, number>;
  distMb: number;
  distFiles: number;
  indexMb: number;
  weight: { load: Weight; idle: Weight };
  search: { median: number; p95: number; firstQueryBytes: number };
  searchPage?: { median: number; p95: number };
}

async function measure(site: BenchSite): Promise<Figures> {
  let buildSeconds = 0;
  let peak = 0;
  for (const command of site.build) {
    log(`  ${site.name}: ${command.slice(0, 2).map((part) => part.split('/').pop()).join(' ')} …`);
    const result = await timed(command, site.dir);
    buildSeconds += result.seconds;
    peak = Math.max(peak, result.peakBytes);
  }
  const extra: Record<string, number> = {};
  for (const step of site.extra) extra[step.label] = (await timed(step.command, site.dir)).seconds;
  const dist = join(site.dir, 'dist');
  const { bytes, files } = folderSize(dist);
  const server = await serve(dist);
  const browser = await launch();
  try {
    log(`  ${site.name}: side og søgning i Chromium …`);
    const weight = await pageWeight(browser.context, server.origin + site.typicalPage);
    const search = await searchSpeed(browser.context, server.origin + site.typicalPage);
    const searchPage = site.name === 'ours' ? await searchPageSpeed(browser.context, server.origin) : undefined;
    return {
      buildSeconds, peakMb: peak / 2 ** 20, extra, distMb: bytes / 2 ** 20, distFiles: files,
      indexMb: folderSize(join(dist, 'pagefind')).bytes / 2 ** 20, weight, search, ...(searchPage ? { searchPage } : {}),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const total = (w: Weight, i: 0 | 1) => w.html[i] + w.css[i] + w.js[i];
const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

function table(n: number, r: Record<'ours' | 'starlight' | 'bare', Figures>): string {
  const rows: [string, (f: Figures) => number, (v: number) => string][] = [
    ['Bygning, astro build + Pagefind (s)', (f) => f.buildSeconds, (v) => v.toFixed(1)],
    ['Største hukommelse, hele procestræet (MB)', (f) => f.peakMb, (v) => v.toFixed(0)],
    ['dist (MB)', (f) => f.distMb, (v) => v.toFixed(1)],
    ['dist (filer)', (f) => f.distFiles, (v) => v.toFixed(0)],
    ['Pagefind-indeks (MB)', (f) => f.indexMb, (v) => v.toFixed(1)],
    ['Typisk side ved load, HTML+CSS+JS gzip (KB)', (f) => total(f.weight.load, 1), kb],
    ['Typisk side ved load, rå (KB)', (f) => total(f.weight.load, 0), kb],
    ['Typisk side efter idle, gzip (KB)', (f) => total(f.weight.idle, 1), kb],
    ['Heraf JS efter idle, gzip (KB)', (f) => f.weight.idle.js[1], kb],
    ['Søgning, median (ms)', (f) => f.search.median, (v) => v.toFixed(1)],
    ['Søgning, p95 (ms)', (f) => f.search.p95, (v) => v.toFixed(1)],
    ['Første søgning, hentet (KB)', (f) => f.search.firstQueryBytes, kb],
  ];
  const lines = [
    `### N = ${n} sider`,
    '',
    '| Mål | Vores | Starlight | Bar Astro | Vores/Starlight | Vores/bar |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(([label, get, show]) => `| ${label} | ${show(get(r.ours))} | ${show(get(r.starlight))} | ${show(get(r.bare))} | ${ratio(get(r.ours), get(r.starlight))} | ${ratio(get(r.ours), get(r.bare))} |`),
    '',
    `Vores indholdstjek (\`npm run check\`), målt for sig: ${r.ours.extra['npm run check']?.toFixed(1)} s.`,
    `Vores søgeside fra Enter til viste resultater: median ${r.ours.searchPage?.median.toFixed(0)} ms, p95 ${r.ours.searchPage?.p95.toFixed(0)} ms (Pagefinds egen tid: median ${r.ours.search.median.toFixed(1)} ms).`,
    '',
  ];
  return lines.join('\n');
}

const version = (dir: string, name: string) => (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const sections: string[] = [];
for (const n of sizes) {
  log(`N = ${n}: genererer korpus …`);
  const corpus = generateCorpus(n);
  const results = {} as Record<'ours' | 'starlight' | 'bare', Figures>;
  for (const write of [writeOurs, writeStarlight, writeBare]) {
    const site = write(join(WORK, `${n}`, write.name.replace('write', '').toLowerCase()), corpus);
    log(`N = ${n}: ${site.name} …`);
    results[site.name] = await measure(site);
    log(`  ${site.name}: ${results[site.name].buildSeconds.toFixed(1)} s, ${results[site.name].peakMb.toFixed(0)} MB`);
  }
  sections.push(table(n, results));
}

const machine = `${cpus().length} kerner (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB hukommelse, Node ${execSync(`${join(ROOT, 'node_modules/.bin/node')} --version`).toString().trim()}`;
const versions = `Astro ${version(ROOT, 'astro')}, Starlight ${version(import.meta.dirname, '@astrojs/starlight')}, Pagefind ${version(ROOT, 'pagefind')}, Chromium ${execSync('/usr/bin/chromium --version').toString().trim().replace(/^Chromium /, '')}`;
const date = new Date().toISOString().slice(0, 10);
const report = `## Benchmark ${date}${quick ? ' (hurtig, N = 200)' : ''}\n\nMaskine: ${machine}.\nVersioner: ${versions}.\n\n${sections.join('\n')}`;
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', quick ? 'quick.md' : 'latest.md'), report);
console.log(`\n${report}`);
log(`Skrevet til bench/results/${quick ? 'quick.md' : 'latest.md'}`);
