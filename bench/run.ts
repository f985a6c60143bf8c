// `npm run bench [-- --quick] [-- --only ours,bare --n 1000 --keep]`: builds the same synthetic
// corpus as this site, Starlight and a bare Astro site, measures each, and writes a Markdown table
// to bench/results/.
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import {
  launch,
  pageWeight,
  searchPageSpeed,
  searchSpeed,
  serve,
  stats,
  type SearchPageTimes,
  type Weight,
} from './browser.ts';
import { generateCorpus } from './corpus.ts';
import { publishToReadme } from './readme.ts';
import { folderSize, timed } from './measure.ts';
import { ROOT, writeBare, writeOurs, writeStarlight, type BenchSite } from './sites.ts';

const WRITERS = { ours: writeOurs, starlight: writeStarlight, bare: writeBare };
type SiteName = keyof typeof WRITERS;
const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    n: { type: 'string', multiple: true },
    keep: { type: 'boolean', default: false },
  },
});
const list = (values: string[] | undefined) =>
  (values ?? []).flatMap((value) => value.split(',')).filter(Boolean);
const names = list(options.only);
for (const name of names)
  if (!(name in WRITERS))
    throw new Error(
      `--only: ukendt websted "${name}"; vælg blandt ${Object.keys(WRITERS).join(', ')}`,
    );
const siteNames = (names.length > 0 ? names : Object.keys(WRITERS)) as SiteName[];
const sizes = options.n ? list(options.n).map(Number) : options.quick ? [200] : [1000, 5000];
for (const n of sizes)
  if (!Number.isInteger(n) || n < 10)
    throw new Error(`--n: "${n}" er ikke et helt tal på mindst 10`);
/** Only a run of all three sites at the standard sizes replaces the published table. */
const partial = Boolean(options.n) || names.length > 0;
const resultName = partial ? 'partial.md' : options.quick ? 'quick.md' : 'latest.md';
const WORK = join(import.meta.dirname, 'work');
const SEARCH_ROUNDS = 3;
const log = (message: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Figures {
  buildSeconds: number;
  peakMb: number;
  extra: Record<string, number>;
  distMb: number;
  distFiles: number;
  indexMb: number;
  weight: { load: Weight; idle: Weight };
  search: { median: number; p95: number; firstQueryBytes: number };
  searchPage?: Record<keyof SearchPageTimes, { median: number; p95: number }>;
  /** Our field kit (dist/offline/kit.json): what a reader saves for use without a network. */
  kit?: { mb: number; files: number };
}

/**
 * Search times vary from run to run on a busy machine, so Pagefind alone and our search page take
 * turns, SEARCH_ROUNDS times each, and the figures are over all their searches.
 */
async function searchFigures(
  site: BenchSite,
  context: BrowserContext,
  origin: string,
): Promise<Pick<Figures, 'search' | 'searchPage'>> {
  const own: number[] = [];
  const onPage: SearchPageTimes[] = [];
  let firstQueryBytes = 0;
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    const speed = await searchSpeed(context, origin + site.typicalPage);
    own.push(...speed.times);
    if (round === 0) firstQueryBytes = speed.firstQueryBytes;
    if (site.name !== 'ours') continue;
    onPage.push(...(await searchPageSpeed(context, origin)));
  }
  const search = { ...stats(own), firstQueryBytes };
  if (site.name !== 'ours') return { search };
  const of = (key: keyof SearchPageTimes) => stats(onPage.map((times) => times[key]));
  return {
    search,
    searchPage: {
      inDom: of('inDom'),
      painted: of('painted'),
      pagefind: of('pagefind'),
      ownCode: of('ownCode'),
    },
  };
}

async function measure(site: BenchSite): Promise<Figures> {
  let buildSeconds = 0;
  let peak = 0;
  for (const command of site.build) {
    log(
      `  ${site.name}: ${command
        .slice(0, 2)
        .map((part) => part.split('/').pop())
        .join(' ')} …`,
    );
    const result = await timed(command, site.dir, site.env);
    buildSeconds += result.seconds;
    peak = Math.max(peak, result.peakBytes);
  }
  const extra: Record<string, number> = {};
  for (const step of site.extra)
    extra[step.label] = (await timed(step.command, site.dir, site.env)).seconds;
  const dist = join(site.dir, 'dist');
  const { bytes, files } = folderSize(dist);
  const kitList = join(dist, 'offline', 'kit.json');
  const kit = existsSync(kitList)
    ? (JSON.parse(readFileSync(kitList, 'utf8')) as { bytes: number; urls: string[] })
    : undefined;
  const server = await serve(dist);
  const browser = await launch();
  try {
    log(`  ${site.name}: side og søgning i Chromium …`);
    const weight = await pageWeight(browser.context, server.origin + site.typicalPage);
    const { search, searchPage } = await searchFigures(site, browser.context, server.origin);
    return {
      buildSeconds,
      peakMb: peak / 2 ** 20,
      extra,
      distMb: bytes / 2 ** 20,
      distFiles: files,
      indexMb: folderSize(join(dist, 'pagefind')).bytes / 2 ** 20,
      weight,
      search,
      ...(searchPage ? { searchPage } : {}),
      ...(kit ? { kit: { mb: kit.bytes / 2 ** 20, files: kit.urls.length } } : {}),
    };
  } finally {
    await browser.close();
    await server.close();
    // Starlight writes gigabytes at N = 5 000; each output goes as soon as it has been measured.
    if (!options.keep) rmSync(dist, { recursive: true, force: true });
  }
}

/** A number as Danish readers write it: decimal comma. */
const num = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',');
const kb = (bytes: number) => num(bytes / 1024);
const total = (w: Weight, i: 0 | 1) => w.html[i] + w.css[i] + w.js[i];
const ratio = (a: number, b: number) => (b === 0 ? '–' : `${num(a / b, 2)}×`);

const LABELS: Record<SiteName, string> = {
  ours: 'Vores',
  starlight: 'Starlight',
  bare: 'Bar Astro',
};

/** The table for one N: a column per measured site, and our ratio to each other one measured. */
function table(n: number, r: Partial<Record<SiteName, Figures>>): string {
  const rows: [string, (f: Figures) => number, (v: number) => string][] = [
    ['Bygning, astro build + Pagefind (s)', (f) => f.buildSeconds, (v) => num(v)],
    ['Største hukommelse, hele procestræet (MB)', (f) => f.peakMb, (v) => num(v, 0)],
    ['dist (MB)', (f) => f.distMb, (v) => num(v)],
    ['dist (filer)', (f) => f.distFiles, (v) => num(v, 0)],
    ['Pagefind-indeks (MB)', (f) => f.indexMb, (v) => num(v)],
    ['Typisk side ved load, HTML+CSS+JS gzip (KB)', (f) => total(f.weight.load, 1), kb],
    ['Typisk side ved load, rå (KB)', (f) => total(f.weight.load, 0), kb],
    ['Typisk side efter idle, gzip (KB)', (f) => total(f.weight.idle, 1), kb],
    ['Heraf JS efter idle, gzip (KB)', (f) => f.weight.idle.js[1], kb],
    ['Søgning, median (ms)', (f) => f.search.median, (v) => num(v)],
    ['Søgning, p95 (ms)', (f) => f.search.p95, (v) => num(v)],
    ['Første søgning, hentet (KB)', (f) => f.search.firstQueryBytes, kb],
  ];
  const measured = (Object.keys(LABELS) as SiteName[]).filter((name) => r[name]);
  const others = r.ours ? measured.filter((name) => name !== 'ours') : [];
  const ratioLabel = (name: SiteName) => `Vores/${name === 'bare' ? 'bar' : LABELS[name]}`;
  const cells = (values: string[]) => `| ${values.join(' | ')} |`;
  const lines = [
    `### N = ${n} sider`,
    '',
    cells(['Mål', ...measured.map((name) => LABELS[name]), ...others.map(ratioLabel)]),
    cells(['---', ...[...measured, ...others].map(() => '---:')]),
    ...rows.map(([label, get, show]) =>
      cells([
        label,
        ...measured.map((name) => show(get(r[name]!))),
        ...others.map((name) => ratio(get(r.ours!), get(r[name]!))),
      ]),
    ),
    '',
  ];
  if (r.ours) {
    const { inDom, painted, pagefind, ownCode } = r.ours.searchPage!;
    lines.push(
      `Vores indholdstjek (\`npm run check\`), målt for sig: ${num(r.ours.extra['npm run check'] ?? NaN)} s.`,
      '',
      ...(r.ours.kit
        ? [
            `Vores feltudgave (det, en læser gemmer til brug uden net): ${num(r.ours.kit.mb)} MB i ${num(r.ours.kit.files, 0)} filer.`,
            '',
          ]
        : []),
      `Vores søgeside, målt i siden (median over ${SEARCH_ROUNDS} × 20 søgninger, p95 i parentes): fra Enter til første resultat i DOM'en ${num(inDom.median)} ms (${num(inDom.p95)}), til det er tegnet på skærmen ${num(painted.median)} ms (${num(painted.p95)}). Sidens egne mærker deler tiden: Pagefind ${num(pagefind.median)} ms (${num(pagefind.p95)}), vores kode ${num(ownCode.median)} ms (${num(ownCode.p95)}), altså ${num((100 * ownCode.median) / pagefind.median)} % oven i Pagefinds tid. Pagefind alene på en indholdsside: ${num(r.ours.search.median)} ms.`,
      '',
    );
  }
  return lines.join('\n');
}

const version = (dir: string, name: string) =>
  (
    JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
const sections: string[] = [];
for (const n of sizes) {
  log(`N = ${n}: genererer korpus …`);
  const corpus = generateCorpus(n);
  const results: Partial<Record<SiteName, Figures>> = {};
  for (const name of siteNames) {
    const site = WRITERS[name](join(WORK, `${n}`, name), corpus);
    log(`N = ${n}: ${site.name} …`);
    const figures = await measure(site);
    results[name] = figures;
    log(`  ${name}: ${figures.buildSeconds.toFixed(1)} s, ${figures.peakMb.toFixed(0)} MB`);
  }
  sections.push(table(n, results));
}

const machine = `${cpus().length} kerner (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB hukommelse, Node ${execSync(
  `${join(ROOT, 'node_modules/.bin/node')} --version`,
)
  .toString()
  .trim()}`;
const versions = `Astro ${version(ROOT, 'astro')}, Starlight ${version(import.meta.dirname, '@astrojs/starlight')}, Pagefind ${version(ROOT, 'pagefind')}, Chromium ${execSync(
  '/usr/bin/chromium --version',
)
  .toString()
  .trim()
  .replace(/^Chromium /, '')}`;
const date = new Date().toISOString().slice(0, 10);
const report = `## Benchmark ${date}${resultName === 'quick.md' ? ' (hurtig, N = 200)' : resultName === 'partial.md' ? ` (delkørsel: ${siteNames.join(', ')}; N = ${sizes.join(', ')})` : ''}\n\nMaskine: ${machine}.\nVersioner: ${versions}.\n\n${sections.join('\n')}`;
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', resultName), report);
console.log(`\n${report}`);
log(`Skrevet til bench/results/${resultName}`);
if (resultName === 'latest.md') {
  publishToReadme(ROOT, report);
  log('Tabellen i bench/README.md er opdateret');
}
