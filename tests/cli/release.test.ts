// `npm run release` archives the current text of a finding or guide and raises its version;
// the content check accepts the result, and the archived text is what the version page shows.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatAuditLine, runChecks } from '../../src/checks/run.ts';
import type { Schema } from '../../src/checks/types.ts';
import { CONTENT_TYPES } from '../../src/content-types.ts';
import { parseSource, readContentTree } from '../../src/lib/content-source.ts';

vi.mock('astro:content', () => import('../../src/cli/astro-content-shim.ts'));
const { collections } = await import('../../src/content.config.ts');
const SCHEMAS = Object.fromEntries(
  Object.entries(collections).map(([name, collection]) => [name, collection.schema as Schema]),
);

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const project = mkdtempSync(join(tmpdir(), 'fb-release-'));
cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

const FINDING = join(
  project,
  'content',
  'findings',
  'afsaet-for-fortsat-helhedsorienteret-indsats.mdx',
);
const ARCHIVE = join(
  project,
  'content',
  'versions',
  'findings',
  'afsaet-for-fortsat-helhedsorienteret-indsats',
);

const release = (...args: string[]) =>
  spawnSync(NODE, [join(ROOT, 'src/cli/release.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, RELEASE_DATE: '2026-12-01' },
  });

const frontmatter = (path: string) =>
  parseSource(readFileSync(path, 'utf8'), path, 'findings', 'x').data as Record<string, unknown>;

describe('npm run release', () => {
  const before = readFileSync(FINDING, 'utf8');

  it('archives version 1.1 and raises the finding to 1.2 with the change log line', async () => {
    const result = release('F03', 'Udfaldet er skrevet om.');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('F03 er nu version 1.2');
    const data = frontmatter(FINDING);
    expect(data['version']).toBe('1.2');
    expect(data['updated']).toBe('2026-12-01');
    expect((data['changelog'] as unknown[])[0]).toEqual({
      date: '2026-12-01',
      version: '1.2',
      note: 'Udfaldet er skrevet om.',
    });
    // The body and every other field are as they were.
    const after = readFileSync(FINDING, 'utf8');
    expect(after.slice(after.indexOf('\n---\n'))).toBe(before.slice(before.indexOf('\n---\n')));
    expect({ ...data, version: '', updated: '', changelog: [] }).toEqual({
      ...frontmatter(
        join(ROOT, 'content', 'findings', 'afsaet-for-fortsat-helhedsorienteret-indsats.mdx'),
      ),
      version: '',
      updated: '',
      changelog: [],
    });

    const archived = readFileSync(join(ARCHIVE, '1-1.md'), 'utf8');
    expect(archived).toMatch(/^---\ntitle: .+\nversion: "1\.1"\ndate: 2026-11-25\n---\n/);
    // The archived text holds the statement and the source's words as version 1.1 had them.
    expect(archived).toContain(String(frontmatter(FINDING)['statement']));
    expect(archived).toContain('## Kildegrundlag');

    const files = readContentTree(project, join(project, 'content'), CONTENT_TYPES);
    expect((await runChecks(files, SCHEMAS)).map(formatAuditLine)).toEqual([]);
  });

  it('finds a guide by its file name, and archives each later version in a file of its own', () => {
    expect(release('organiser-de-fire-faser', 'Et trin er tilføjet.').status).toBe(0);
    expect(
      existsSync(
        join(project, 'content', 'versions', 'guides', 'organiser-de-fire-faser', '1-1.md'),
      ),
    ).toBe(true);
    const again = release('F03', 'Endnu en ændring.');
    expect(again.status).toBe(0);
    expect(existsSync(join(ARCHIVE, '1-2.md'))).toBe(true);
  });

  it('names what is wrong when the entry does not exist or the note is missing', () => {
    expect(release('F99', 'x').stderr).toContain(
      'Intet resultat eller ingen vejledning hedder "F99"',
    );
    const usage = release('F03');
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain('Brug: npm run release');
  });
});
