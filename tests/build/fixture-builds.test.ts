import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'published-urls.txt', 'src', 'content', 'public'];
const copies: string[] = [];

/** A throwaway copy of the project, changed by `change`, then built with astro build. */
function buildCopy(change: (dir: string) => void): { status: number | null; output: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fb-fixture-'));
  copies.push(dir);
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  // Each package is linked, but not node_modules/.astro, Astro's content cache: a shared one would
  // carry the changed copy's entries into the next real build.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  change(dir);
  const result = spawnSync(join(dir, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}

/** Adds frontmatter lines right after the opening --- of a content file. */
function addFrontmatter(file: string, lines: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\n${lines}\n`));
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('builds of changed copies of the site', () => {
  it('turns a former address in "aliases" into a redirect page to the entry', () => {
    const { status, dir } = buildCopy((d) => addFrontmatter(join(d, 'content/guides/hold-maanedlige-forbedringsmoeder.mdx'), 'aliases: [/vejledninger/forbedringsmoeder/]'));
    expect(status).toBe(0);
    const html = readFileSync(join(dir, 'dist/vejledninger/forbedringsmoeder/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/vejledninger/hold-maanedlige-forbedringsmoeder/">');
    expect(html).toContain('<a href="/vejledninger/hold-maanedlige-forbedringsmoeder/"');
  });

  it('fails when an alias collides with a live page, naming the file and the field', () => {
    const { status, output } = buildCopy((d) => addFrontmatter(join(d, 'content/guides/organiser-de-fire-faser.mdx'), 'aliases: [/model/]'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/organiser-de-fire-faser.mdx: feltet "aliases"');
    expect(output).toContain('samme adresse /model/');
  });

  it('fails when two entries claim the same former address', () => {
    const { status, output } = buildCopy((d) => {
      addFrontmatter(join(d, 'content/methods/proev-laer-og-juster.mdx'), 'aliases: [/metoder/laering/]');
      addFrontmatter(join(d, 'content/methods/tematiske-laeringsseminarer.mdx'), 'aliases: [/metoder/laering/]');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('samme adresse /metoder/laering/');
  });

  it('fails when a published URL no longer leads anywhere, and says how to fix it', () => {
    const { status, output } = buildCopy((d) =>
      renameSync(join(d, 'content/findings/kerneudfordring-for-misbrugsomraadet.mdx'), join(d, 'content/findings/kerneudfordringen.mdx')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('/resultater/kerneudfordring-for-misbrugsomraadet/');
    expect(output).toContain('aliases');
  });

  it('shows a box added to the theory of change in both the figure and its table, and a fifth phase in the journey', () => {
    const { status, dir } = buildCopy((d) => {
      const theory = join(d, 'content/theory-of-change/forandringsteori.yaml');
      writeFileSync(theory, readFileSync(theory, 'utf8').replace('edges:', '  - id: ny-boks\n    column: leverancer\n    kind: leverance\n    label: En ny leverance til testen\n    href: /model/\nedges:'));
      const phase = readFileSync(join(d, 'content/phases/evaluering.mdx'), 'utf8').replace('order: 3', 'order: 5').replace('title: Evaluering', 'title: En femte fase');
      writeFileSync(join(d, 'content/phases/en-femte-fase.mdx'), phase);
    });
    expect(status).toBe(0);
    const figure = readFileSync(join(dir, 'dist/model/forandringsteori/index.html'), 'utf8');
    expect(figure.match(/En ny leverance til testen/g)).toHaveLength(2);
    const home = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(home).toContain('href="/faser/en-femte-fase/"');
  });

  it('leaves the real project untouched', () => {
    expect(existsSync(join(ROOT, 'content/findings/kerneudfordring-for-misbrugsomraadet.mdx'))).toBe(true);
  });
});
