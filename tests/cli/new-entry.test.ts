// `npm run new` creates files that the content check rejects until their placeholders are filled.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatAuditLine, runChecks } from '../../src/checks/run.ts';
import type { Schema } from '../../src/checks/types.ts';
import { CONTENT_TYPES } from '../../src/content-types.ts';
import { readContentTree } from '../../src/lib/content-source.ts';
import { ENTRY_KINDS } from '../../src/lib/entry-templates.ts';

vi.mock('astro:content', () => import('../../src/cli/astro-content-shim.ts'));
// After the mock, so the schemas get the shim's reference().
const { collections } = await import('../../src/content.config.ts');
const SCHEMAS = Object.fromEntries(
  Object.entries(collections).map(([name, collection]) => [name, collection.schema as Schema]),
);

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const project = mkdtempSync(join(tmpdir(), 'fb-new-'));
cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
const kinds = Object.keys(ENTRY_KINDS);

afterAll(() => rmSync(project, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(NODE, [join(ROOT, 'src/cli/new-entry.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
  });

/** The content check's report on the project's content, as printed lines. */
async function check(): Promise<string[]> {
  const files = readContentTree(project, join(project, 'content'), CONTENT_TYPES);
  return (await runChecks(files, SCHEMAS)).map(formatAuditLine);
}

describe('npm run new', () => {
  it('creates a correctly named file for each kind, from a Danish title', () => {
    for (const kind of kinds)
      expect(run(kind, `Prøve på ${kind}: æøå`).stdout).toContain(`proeve-paa-${kind}-aeoeaa`);
    const finding = readFileSync(
      join(project, 'content/findings/proeve-paa-resultat-aeoeaa.mdx'),
      'utf8',
    );
    expect(finding).toMatch(/^id: F09 /m);
  });

  it('makes files that fail the check until their placeholders are filled, then pass', async () => {
    expect((await check()).join('\n')).toMatch(/pladsholder \(UDFYLD\)/);
    for (const kind of kinds) {
      const folder = join(project, 'content', ENTRY_KINDS[kind]!.folder);
      const name = readdirSync(folder).find((n) => n.startsWith(`proeve-paa-${kind}`))!;
      writeFileSync(
        join(folder, name),
        readFileSync(join(folder, name), 'utf8').replaceAll('UDFYLD: ', ''),
      );
    }
    // A finding's quotation must be the source's own words, which no placeholder can be.
    const finding = join(project, 'content/findings/proeve-paa-resultat-aeoeaa.mdx');
    expect((await check()).join('\n')).toMatch(
      /proeve-paa-resultat-aeoeaa\.mdx:\d+ feltet "sources\.0\.quote": citatet »kildens sætninger/,
    );
    writeFileSync(
      finding,
      readFileSync(finding, 'utf8').replace(
        /quote: .*/,
        'quote: "Det samlede udbytte var to-delt."',
      ),
    );
    expect((await check()).filter((line) => line.startsWith('FEJL'))).toEqual([]);
  });

  it('refuses to overwrite an existing entry', () => {
    const path = join(project, 'content/methods/proeve-paa-metode-aeoeaa.mdx');
    const before = readFileSync(path, 'utf8');
    const result = run('metode', 'Prøve på metode: æøå');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('findes allerede. Intet er overskrevet');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('explains itself when the type is unknown', () => {
    const result = run('nyhed', 'Noget');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Ukendt type "nyhed". Vælg en af: ${kinds.join(', ')}`);
  });
});
