// The whole pipeline, in this process, over the real content with one broken fixture added: each
// fixture in tests/fixtures/broken-content/<case>/ must be reported with its file and field, and
// nothing else may be blamed.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatAuditLine, runChecks } from '../../../src/checks/run.ts';
import type { Schema } from '../../../src/checks/types.ts';
import { CONTENT_TYPES } from '../../../src/content-types.ts';
import { readContentTree } from '../../../src/lib/content-source.ts';

vi.mock('astro:content', () => import('../../../src/cli/astro-content-shim.ts'));
// After the mock, so the schemas get the shim's reference().
const { collections } = await import('../../../src/content.config.ts');
const SCHEMAS = Object.fromEntries(
  Object.entries(collections).map(([name, collection]) => [name, collection.schema as Schema]),
);

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'broken-content');
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real content with one fixture's files added; returns its content folder. */
function contentWith(fixture?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fb-check-'));
  made.push(dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  if (fixture) cpSync(join(FIXTURES, fixture), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/** The report on a content folder, each line as `npm run check` prints it. */
async function check(content: string): Promise<string[]> {
  const files = readContentTree(join(content, '..'), content, CONTENT_TYPES);
  return (await runChecks(files, SCHEMAS, { threads: 0 })).map(formatAuditLine);
}

const EXPECTED: Record<string, RegExp> = {
  'manglende-titel':
    /content\/findings\/manglende-titel\.mdx:\d+ feltet "title": mangler; skriv en tekst/,
  'forkert-type':
    /content\/findings\/forkert-type\.mdx:\d+ feltet "version": skal være en tekst, men er en liste/,
  'daarlig-dato':
    /content\/findings\/daarlig-dato\.mdx:\d+ feltet "published": datoen findes ikke i kalenderen, men er "2026-02-30"/,
  'dato-maaned-13':
    /content\/findings\/dato-maaned-13\.mdx:10 feltet "updated": datoen findes ikke i kalenderen, men er "2026-13-25"/,
  'dato-uden-nul':
    /content\/findings\/dato-uden-nul\.mdx:11 feltet "published": datoen skal skrives ÅÅÅÅ-MM-DD, men er "2026-1-5"/,
  'dato-i-aendringslog':
    /content\/findings\/dato-i-aendringslog\.mdx:14 feltet "changelog\.0\.date": datoen findes ikke i kalenderen, men er "2026-11-31"/,
  'ukendt-fase':
    /content\/findings\/ukendt-fase\.mdx:\d+ feltet "phase": henviser til "ukendt-fase" i phases, som ikke findes/,
  'genbrugt-id':
    /content\/findings\/genbrugt-id\.mdx:\d+ feltet "id": har værdien "F01", som også bruges i content\/findings\/ny-velafproevet-behandlingsindsats\.mdx/,
  'doed-reference':
    /content\/findings\/doed-reference\.mdx:\d+ feltet "sources\.0\.source": henviser til "findes-ikke" i sources/,
  'ukendt-oprindelse':
    /content\/methods\/ukendt-oprindelse\.mdx:\d+ feltet "origin": henviser til "findes-ikke" i origins, som ikke findes/,
  'doedt-link':
    /content\/findings\/doedt-link\.mdx:\d+: linket til \/metoder\/findes-ikke\/ fører ikke til nogen side/,
  'doedt-anker':
    /content\/findings\/doedt-anker\.mdx:\d+: ankeret #findes-ikke findes ikke på \/model\//,
  'mdx-fejl': /content\/findings\/mdx-fejl\.mdx:\d+: MDX-fejl: /,
  'yaml-fejl': /content\/findings\/yaml-fejl\.mdx:\d+: YAML-fejl: /,
  'tom-broedtekst': /content\/findings\/tom-broedtekst\.mdx:\d+: brødteksten er tom/,
  'billede-uden-alt': /content\/findings\/billede-uden-alt\.mdx:\d+: billedet mangler alt-tekst/,
  'link-til-kladde':
    /content\/findings\/link-til-kladde\.mdx:\d+: linket til \/metoder\/en-kladde\/ fører til en kladde/,
  'samme-slug':
    /content\/methods\/samme-slug\.mdx?: har samme navn \(slug\) som content\/methods\/samme-slug\.mdx?/,
  'ukendt-samling': /content\/nyheder\/ukendt-samling\.md: filen hører ikke til nogen samling/,
  'citat-ikke-ordret': new RegExp(
    [
      String.raw`content/findings/citat-ikke-ordret\.mdx:9 feltet "sources\.0\.quote": citatet »Det samlede udbytte var tre-delt\.« står ikke ordret i content/sources/case-effektive-forandringer\.txt`,
      String.raw`content/findings/citat-ikke-ordret\.mdx:26: citatet »mellem en fynsk kommune og tre civilsamfundsorganisationer« står ikke ordret`,
    ].join(String.raw`[\s\S]*`),
  ),
  'ukendt-felt':
    /content\/findings\/ukendt-felt\.mdx:\d+ feltet "udsagn": er ikke et kendt felt og ville blive tabt/,
};

describe('the content check over the broken-content fixtures', () => {
  it('reports nothing for the real content, so every line below comes from a fixture', async () => {
    expect(await check(contentWith())).toEqual([]);
  });

  it('has a test for every fixture', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    'reports the broken fixture %s with its file and field',
    async (fixture, expected) => {
      const report = await check(contentWith(fixture));
      expect(report.join('\n')).toMatch(expected);
      // Only the fixture's own files are blamed: nothing else in the content.
      const blamed = report
        .filter((line) => line.startsWith('FEJL '))
        .map((line) => line.split(/[ :]/)[1]);
      const own = readdirSync(join(FIXTURES, fixture), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
      // A repeated id is reported on both files that carry it.
      if (fixture === 'genbrugt-id') own.push('ny-velafproevet-behandlingsindsats.mdx');
      expect(blamed.length).toBeGreaterThan(0);
      expect(blamed.every((file) => own.some((name) => file?.endsWith(name)))).toBe(true);
    },
  );

  it('lists a missing change log as a warning, not an error', async () => {
    const content = contentWith();
    const file = join(content, 'findings', 'ny-velafproevet-behandlingsindsats.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/changelog:\n( {2}.*\n)+/, 'changelog: []\n'),
    );
    expect(await check(content)).toEqual([
      'ADVARSEL content/findings/ny-velafproevet-behandlingsindsats.mdx feltet "changelog": ' +
        'resultatet har ingen ændringslog; skriv mindst en linje med dato og »Første udgave.«',
    ]);
  });
});
