// Writes the same corpus into three Astro projects: this site, Starlight and a bare site.
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusPage } from './corpus.ts';

export const ROOT = join(import.meta.dirname, '..');
const BENCH_BIN = join(import.meta.dirname, 'node_modules', '.bin');
/** Our copy's content folder, given to the build as CONTENT_DIR. */
const CORPUS = 'corpus';
const PHASES = [
  'udvikling-af-indsatsen',
  'laering-og-implementering',
  'evaluering',
  'vidensspredning-forankring-og-udbredelse',
];

/** A site ready to build: where it is, how to build it, and a typical content page's path. */
export interface BenchSite {
  name: 'ours' | 'starlight' | 'bare';
  dir: string;
  /** Commands run in order and timed together as the site build (build plus indexing). */
  build: string[][];
  /** Environment for the build and the extra steps, such as our CONTENT_DIR. */
  env: Record<string, string>;
  /** Steps timed separately, such as our content check. */
  extra: { label: string; command: string[] }[];
  typicalPage: string;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Counts of each kind, so cross-links always point at a page that exists. */
function counts(corpus: CorpusPage[]): Record<CorpusPage['kind'], number> {
  return {
    finding: corpus.filter((p) => p.kind === 'finding').length,
    guide: corpus.filter((p) => p.kind === 'guide').length,
    method: corpus.filter((p) => p.kind === 'method').length,
  };
}

function withLinks(
  page: CorpusPage,
  corpus: CorpusPage[],
  href: (kind: CorpusPage['kind'], index: number) => string,
): string {
  const total = counts(corpus);
  return page.body.replace(
    /\{\{link:(finding|guide|method):(\d+)\}\}/g,
    (_, kind: CorpusPage['kind'], index: string) => {
      const target = Number(index) % Math.max(1, total[kind]);
      return `[side ${target + 1}](${href(kind, target)})`;
    },
  );
}

const slugOf = (kind: CorpusPage['kind'], index: number) =>
  `${kind === 'finding' ? 'resultat' : kind === 'guide' ? 'vejledning' : 'metode'}-${String(index + 1).padStart(5, '0')}`;
const yaml = (text: string) => JSON.stringify(text);
/** A finding's source citation with the source's own words, as the schema requires. */
const withQuote = (front: string) =>
  front.replace(
    '    locator: Syntetisk testtekst\n',
    '    locator: Syntetisk testtekst\n    quote: "Det samlede udbytte var to-delt."\n',
  );

/**
 * This site with the corpus as findings, guides and methods, beside its real content. The code is
 * a copy, so the build's dist/ and caches stay apart from the working tree's; the content is read
 * from corpus/ through CONTENT_DIR, and content/ is never touched.
 */
export function writeOurs(dir: string, corpus: CorpusPage[]): BenchSite {
  rmSync(dir, { recursive: true, force: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'])
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  cpSync(join(ROOT, 'content'), join(dir, CORPUS), { recursive: true });
  linkPackages(dir);
  const folders = { finding: 'resultater', guide: 'vejledninger', method: 'metoder' };
  const methods = counts(corpus).method;
  for (const page of corpus) {
    const common = `title: ${yaml(page.title)}\nsummary: ${yaml(page.summary)}\naudiences: [kommune, praktiker]\nsources:\n  - source: case-effektive-forandringer\n    locator: Syntetisk testtekst\nupdated: 2026-11-25\n`;
    const versioned =
      'published: 2026-11-25\nversion: "1.0"\nchangelog:\n  - date: 2026-11-25\n    note: Første udgave.\n';
    const phase = PHASES[page.index % PHASES.length];
    const front =
      page.kind === 'finding'
        ? `id: F${10000 + page.index}\n${withQuote(common)}${versioned}statement: ${yaml(page.summary)}\norigin: fremskudt-behandling\nevidence:\n  type: Syntetisk.\n  strength: Ingen.\nphase: ${phase}\n`
        : page.kind === 'guide'
          ? `${common}${versioned}origin: fremskudt-behandling\npurpose: ${yaml(page.summary)}\nsteps:\n  - title: Første trin\n    text: ${yaml(page.summary)}\nphase: ${phase}\nmethods: [${methods > 0 ? slugOf('method', page.index % methods) : ''}]\n`
          : `${common}origin: fremskudt-behandling\n`;
    const body = withLinks(
      page,
      corpus,
      (kind, index) => `/${folders[kind]}/${slugOf(kind, index)}/`,
    );
    write(
      join(
        dir,
        CORPUS,
        { finding: 'findings', guide: 'guides', method: 'methods' }[page.kind],
        `${page.slug}.mdx`,
      ),
      `---\n${front}---\n\n${body}`,
    );
  }
  const node = join(ROOT, 'node_modules', '.bin', 'node');
  return {
    name: 'ours',
    dir,
    build: [
      [join(dir, 'node_modules', '.bin', 'astro'), 'build'],
      [join(dir, 'node_modules', '.bin', 'pagefind'), '--site', 'dist', '--force-language', 'da'],
      // The rest of `npm run build`: the field kit's own index, Danish soft hyphens after both
      // indexes, then the kit's list.
      [node, 'src/cli/field-kit.ts', 'index', 'dist'],
      [node, 'src/cli/hyphenate.ts', 'dist'],
      [node, 'src/cli/field-kit.ts', 'list', 'dist'],
    ],
    env: { CONTENT_DIR: CORPUS },
    extra: [
      {
        label: 'npm run check',
        command: [node, '--import', './src/cli/register-astro-content.ts', 'src/cli/check.ts'],
      },
    ],
    typicalPage: `/resultater/${slugOf('finding', Math.floor(counts(corpus).finding / 2))}/`,
  };
}

/** Astro Starlight with its default sidebar and the Danish locale, so Pagefind stems Danish. */
export function writeStarlight(dir: string, corpus: CorpusPage[]): BenchSite {
  rmSync(dir, { recursive: true, force: true });
  makeFolder(dir);
  writePackage(dir, ['astro', '@astrojs/starlight']);
  write(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: 'Fremskudt behandling', defaultLocale: 'root', locales: { root: { label: 'Dansk', lang: 'da' } } })],
});
`,
  );
  write(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  write(
    join(dir, 'src', 'content', 'docs', 'index.mdx'),
    '---\ntitle: Fremskudt behandling\n---\n\nForside.\n',
  );
  for (const page of corpus) {
    const body = withLinks(page, corpus, (kind, index) => `/${kind}/${slugOf(kind, index)}/`);
    write(
      join(dir, 'src', 'content', 'docs', page.kind, `${page.slug}.mdx`),
      `---\ntitle: ${yaml(page.title)}\ndescription: ${yaml(page.summary)}\n---\n\n${body}`,
    );
  }
  return {
    name: 'starlight',
    dir,
    build: [[join(BENCH_BIN, 'astro'), 'build']],
    env: {},
    extra: [],
    typicalPage: `/finding/${slugOf('finding', Math.floor(counts(corpus).finding / 2))}/`,
  };
}

/** The lower bound: one trivial layout, the same MDX, and Pagefind. */
export function writeBare(dir: string, corpus: CorpusPage[]): BenchSite {
  rmSync(dir, { recursive: true, force: true });
  makeFolder(dir);
  writePackage(dir, ['astro', '@astrojs/mdx']);
  write(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], trailingSlash: 'always', build: { format: 'directory' } });
`,
  );
  write(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content' }), schema: z.object({ title: z.string(), summary: z.string() }) }) };
`,
  );
  write(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="da"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  for (const page of corpus) {
    const body = withLinks(page, corpus, (kind, index) => `/${kind}/${slugOf(kind, index)}/`);
    write(
      join(dir, 'content', page.kind, `${page.slug}.mdx`),
      `---\ntitle: ${yaml(page.title)}\nsummary: ${yaml(page.summary)}\n---\n\n${body}`,
    );
  }
  return {
    name: 'bare',
    dir,
    build: [
      [join(BENCH_BIN, 'astro'), 'build'],
      [join(BENCH_BIN, 'pagefind'), '--site', 'dist'],
    ],
    env: {},
    extra: [],
    typicalPage: `/finding/${slugOf('finding', Math.floor(counts(corpus).finding / 2))}/`,
  };
}

/**
 * Links each of the site's installed packages into the copy, but not node_modules/.astro: that is
 * Astro's content cache, and a shared one would hand the corpus's entries to the next real build.
 */
function linkPackages(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro')
      symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/**
 * The comparison sites live under bench/.work/, so Node finds bench/node_modules by walking up.
 * A symlinked node_modules would put Starlight outside the project root, where Vite does not
 * process it, and its virtual modules would fail to load.
 */
function makeFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/**
 * A package.json that names the site's dependencies: Astro reads it to decide which packages
 * to bundle, and an unnamed integration such as Starlight would be left to Node, which cannot
 * load its astro: modules.
 */
function writePackage(dir: string, names: string[]): void {
  const bench = JSON.parse(readFileSync(join(import.meta.dirname, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const dependencies = Object.fromEntries(names.map((name) => [name, bench.devDependencies[name]]));
  write(
    join(dir, 'package.json'),
    `${JSON.stringify({ type: 'module', private: true, dependencies }, null, 2)}\n`,
  );
}
