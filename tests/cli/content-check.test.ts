import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'broken-content');
const made: string[] = [];

/** Runs `npm run check`'s command on a content folder; returns exit code and everything printed. */
function check(contentDir: string, cwd = ROOT): { status: number | null; output: string } {
  const result = spawnSync(NODE, ['--import', join(ROOT, 'src/cli/register-astro-content.ts'), join(ROOT, 'src/cli/check.ts'), '--content', contentDir], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of the real content with one fixture's files added. */
function contentWith(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fb-check-'));
  made.push(dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(FIXTURES, fixture), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const EXPECTED: Record<string, RegExp> = {
  'manglende-titel': /content\/findings\/manglende-titel\.mdx:\d+ feltet "title": mangler; skriv en tekst/,
  'forkert-type': /content\/findings\/forkert-type\.mdx:\d+ feltet "version": skal være en tekst, men er en liste/,
  'daarlig-dato': /content\/findings\/daarlig-dato\.mdx:\d+ feltet "published": datoen findes ikke i kalenderen, men er "2026-02-30"/,
  'ukendt-fase': /content\/findings\/ukendt-fase\.mdx:\d+ feltet "phase": henviser til "ukendt-fase" i phases, som ikke findes/,
  'genbrugt-id': /content\/findings\/genbrugt-id\.mdx:\d+ feltet "id": har værdien "F01", som også bruges i content\/findings\/ny-velafproevet-behandlingsindsats\.mdx/,
  'doed-reference': /content\/findings\/doed-reference\.mdx:\d+ feltet "sources\.0\.source": henviser til "findes-ikke" i sources/,
  'doedt-link': /content\/findings\/doedt-link\.mdx:\d+: linket til \/metoder\/findes-ikke\/ fører ikke til nogen side/,
  'doedt-anker': /content\/findings\/doedt-anker\.mdx:\d+: ankeret #findes-ikke findes ikke på \/model\//,
  'mdx-fejl': /content\/findings\/mdx-fejl\.mdx:\d+: MDX-fejl: /,
  'yaml-fejl': /content\/findings\/yaml-fejl\.mdx:\d+: YAML-fejl: /,
  'tom-broedtekst': /content\/findings\/tom-broedtekst\.mdx:\d+: brødteksten er tom/,
  'billede-uden-alt': /content\/findings\/billede-uden-alt\.mdx:\d+: billedet mangler alt-tekst/,
  'link-til-kladde': /content\/findings\/link-til-kladde\.mdx:\d+: linket til \/metoder\/en-kladde\/ fører til en kladde/,
  'samme-slug': /content\/methods\/samme-slug\.mdx?: har samme navn \(slug\) som content\/methods\/samme-slug\.mdx?/,
  'ukendt-samling': /content\/nyheder\/ukendt-samling\.md: filen hører ikke til nogen samling/,
  'ukendt-felt': /content\/findings\/ukendt-felt\.mdx:\d+ feltet "udsagn": er ikke et kendt felt og ville blive tabt/,
};

describe('npm run check', () => {
  it('reports nothing for the real content', () => {
    const { status, output } = check(join(ROOT, 'content'));
    expect(output).toMatch(/Indholdet er tjekket: \d+ filer, 0 fejl, 0 advarsler\./);
    expect(status).toBe(0);
  });

  it('has a test for every fixture', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('reports the broken fixture %s with its file and field, and exits non-zero', (fixture, expected) => {
    const { status, output } = check(contentWith(fixture));
    expect(status).toBe(1);
    expect(output).toMatch(expected);
    // Only the fixture's own files are blamed: one problem each, nothing else in the content.
    const blamed = output.split('\n').filter((line) => line.startsWith('FEJL ')).map((line) => line.split(/[ :]/)[1]);
    const own = readdirSync(join(FIXTURES, fixture), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    // A repeated id is reported on both files that carry it.
    if (fixture === 'genbrugt-id') own.push('ny-velafproevet-behandlingsindsats.mdx');
    expect(blamed.every((file) => own.some((name) => file?.endsWith(name)))).toBe(true);
  });

  it('checks the folder named by CONTENT_DIR when no --content is given', () => {
    const content = contentWith('manglende-titel');
    const result = spawnSync(NODE, ['--import', join(ROOT, 'src/cli/register-astro-content.ts'), join(ROOT, 'src/cli/check.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content },
    });
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(EXPECTED['manglende-titel']!);
  });

  it('lists a missing change log as a warning that does not fail', () => {
    const content = contentWith('manglende-titel');
    rmSync(join(content, 'findings', 'manglende-titel.mdx'));
    const file = join(content, 'findings', 'ny-velafproevet-behandlingsindsats.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/changelog:\n(  .*\n)+/, 'changelog: []\n'));
    const { status, output } = check(content);
    expect(output).toMatch(/Advarsler \(stopper ikke udgivelsen\):\nADVARSEL content\/findings\/ny-velafproevet-behandlingsindsats\.mdx feltet "changelog": resultatet har ingen ændringslog/);
    expect(status).toBe(0);
  });
});

describe('npm run new', () => {
  const project = mkdtempSync(join(tmpdir(), 'fb-new-'));
  made.push(project);
  cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
  const run = (...args: string[]) => spawnSync(NODE, [join(ROOT, 'src/cli/new-entry.ts'), ...args], { cwd: project, encoding: 'utf8' });
  const kinds = ['resultat', 'vejledning', 'metode', 'kilde', 'fase', 'side', 'ord'];

  it('creates a correctly named file for each kind, from a Danish title', () => {
    for (const kind of kinds) expect(run(kind, `Prøve på ${kind}: æøå`).stdout).toContain(`proeve-paa-${kind}-aeoeaa`);
    expect(readFileSync(join(project, 'content/findings/proeve-paa-resultat-aeoeaa.mdx'), 'utf8')).toMatch(/^id: F09 /m);
  });

  it('makes files that fail the check until their placeholders are filled, then pass', () => {
    expect(check(join(project, 'content'), project).output).toMatch(/pladsholder \(UDFYLD\)/);
    for (const kind of kinds) {
      const folder = { resultat: 'findings', vejledning: 'guides', metode: 'methods', kilde: 'sources', fase: 'phases', side: 'pages', ord: 'glossary' }[kind]!;
      const name = readdirSync(join(project, 'content', folder)).find((n) => n.startsWith(`proeve-paa-${kind}`))!;
      const path = join(project, 'content', folder, name);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('UDFYLD: ', ''));
    }
    const { status, output } = check(join(project, 'content'), project);
    expect(output).toMatch(/0 fejl/);
    expect(status).toBe(0);
  });

  it('refuses to overwrite an existing entry', () => {
    const before = readFileSync(join(project, 'content/methods/proeve-paa-metode-aeoeaa.mdx'), 'utf8');
    const result = run('metode', 'Prøve på metode: æøå');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('findes allerede. Intet er overskrevet');
    expect(readFileSync(join(project, 'content/methods/proeve-paa-metode-aeoeaa.mdx'), 'utf8')).toBe(before);
  });

  it('explains itself when the type is unknown', () => {
    const result = run('nyhed', 'Noget');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Ukendt type "nyhed". Vælg en af: resultat, vejledning, metode, kilde, fase, side, ord');
  });
});
