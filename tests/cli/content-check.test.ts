// `npm run check` as editors and the build run it: one spawned run proves the wiring from the
// command line to the exit code. What each check reports is tested in-process, in
// tests/unit/checks/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const work = mkdtempSync(join(tmpdir(), 'fb-check-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run check', () => {
  it('checks the folder named by CONTENT_DIR, prints each error and the count, and exits non-zero', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/broken-content/manglende-titel'), content, {
      recursive: true,
    });
    const result = spawnSync(
      NODE,
      ['--import', './src/cli/register-astro-content.ts', 'src/cli/check.ts'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: content },
      },
    );
    expect(result.stderr).toMatch(
      /^FEJL content\/findings\/manglende-titel\.mdx:2 feltet "title": mangler; skriv en tekst$/m,
    );
    expect(result.stdout).toMatch(/^Indholdet er tjekket: \d+ filer, 1 fejl, 0 advarsler\.$/m);
    expect(result.status).toBe(1);
  });
});
