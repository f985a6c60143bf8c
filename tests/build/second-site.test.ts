import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The engine builds another intervention's site from content/ alone: the deliberately fictional
 * set in tests/fixtures/second-site/content/. Built once here, with the same commands as
 * `npm run build`, into a folder of its own.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SECOND_SITE = join(ROOT, 'tests', 'fixtures', 'second-site', 'content');
const BIN = join(ROOT, 'node_modules', '.bin');
/** Words of this site that must not leak into another's. */
const THIS_SITE =
  /fremskudt|connector|jysk|stofmisbrug|social- og boligstyrelsen|københavns kommune/i;

const temp: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fb-second-site-'));
  temp.push(dir);
  return dir;
}

/** Runs the content check, astro build, Pagefind and hyphenation on a content folder, as `npm run build` does. */
function build(
  contentDir: string,
  outDir: string,
  identity: Record<string, string> = {},
): { status: number; output: string } {
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...identity,
  };
  const steps: [string, string[]][] = [
    [join(BIN, 'node'), ['--import', './src/cli/register-astro-content.ts', 'src/cli/check.ts']],
    [join(BIN, 'astro'), ['build', '--outDir', outDir]],
    [join(BIN, 'pagefind'), ['--site', outDir, '--force-language', 'da']],
    [join(BIN, 'node'), ['src/cli/hyphenate.ts', outDir]],
  ];
  let output = '';
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 180_000 });
    output += `${result.stdout}\n${result.stderr}\n`;
    if (result.status !== 0) return { status: result.status ?? 1, output };
  }
  return { status: 0, output };
}

/** Every file's text; Pagefind's compressed fragments are unpacked so their words count too. */
function allText(dir: string): { file: string; text: string }[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((item) => item.isFile())
    .map((item) => {
      const file = join(item.parentPath, item.name);
      const bytes = readFileSync(file);
      return {
        file,
        text: (file.endsWith('.pf_fragment') ? gunzipSync(bytes) : bytes).toString('utf8'),
      };
    });
}

afterAll(() => {
  for (const dir of temp) {
    rmSync(dir, { recursive: true, force: true });
    // astro.config.mjs gives each content folder its own cache; a temporary folder's goes too.
    const cache = `content-${dir.replace(/[^a-z0-9]+/gi, '-')}`;
    rmSync(join(ROOT, 'node_modules', '.astro', cache), { recursive: true, force: true });
  }
});

/** A fictional deployment's identity: a real-looking address, publisher and contact. */
const PRODUCTION = {
  SITE_URL: 'https://haver.example.org',
  SITE_PUBLISHER: 'Eksempelby Kommune (opdigtet)',
  SITE_CONTACT_URL: 'https://haver.example.org/kontakt/',
};

describe('the fictional second site', () => {
  let outDir = '';
  let result = { status: 1, output: '' };
  beforeAll(() => {
    outDir = tempDir();
    // Built as a deployment would be: for a real address, with the publisher and contact set.
    result = build(SECOND_SITE, outDir, PRODUCTION);
  });
  // Without the soft hyphens of the last build step, as a reader reads the text.
  const page = (path: string) =>
    readFileSync(join(outDir, path, 'index.html'), 'utf8').replaceAll('\u00AD', '');

  it('builds clean from its own content folder', () => {
    expect(result.output).toContain('0 fejl');
    expect(result.status, result.output).toBe(0);
  });

  it('carries no word of this site, in pages, citation files, feed or search index', () => {
    const files = allText(outDir);
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.file.endsWith('.pf_fragment'))).toBe(true);
    expect(files.filter((f) => THIS_SITE.test(f.text)).map((f) => f.file)).toEqual([]);
  });

  it('carries no placeholder and no local address anywhere, built for a real address', () => {
    const files = allText(outDir);
    expect(files.filter((f) => /PLADSHOLDER|localhost/i.test(f.text)).map((f) => f.file)).toEqual(
      [],
    );
    expect(page('')).toContain('Udgivet af Eksempelby Kommune (opdigtet)');
  });

  it('names itself and counts its own phases', () => {
    expect(page('')).toContain('Fællesskabshaver (eksempel)');
    expect(page('model')).toContain('De to faser');
    expect(page('model')).toContain('Modellen i to dimensioner');
  });

  it('draws its theory of change from its own data, in the figure and in the table', () => {
    const html = page('model/forandringsteori');
    // One link in each drawing of the figure, and one row in its table.
    const drawings = html.match(/<svg[^>]*class="[^"]*theory__svg/g)?.length ?? 0;
    expect(drawings).toBeGreaterThan(0);
    const links = html.match(/<a[^>]*aria-label="Naboer dyrker sammen[^"]*"/g) ?? [];
    expect(links).toHaveLength(drawings);
    expect(html).toMatch(/<th scope="row"[^>]*><a [^>]*>Naboer dyrker sammen<\/a><\/th>/);
  });

  it('labels what comes from its own process without any note about another', () => {
    expect(page('resultater/haverne-blev-brugt')).toContain('Eksempelindsatsen (opdigtet)');
    expect(page('resultater/haverne-blev-brugt')).not.toContain('role="note"');
  });
});

describe('a build for a real address without the publisher', () => {
  it('stops, naming the settings to give', () => {
    const { status, output } = build(SECOND_SITE, join(tempDir(), 'dist'), {
      SITE_URL: 'https://haver.example.org',
      SITE_PUBLISHER: '',
      SITE_CONTACT_URL: '',
      SITE_CONTACT_LABEL: '',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_PUBLISHER');
    expect(output).toContain('SITE_CONTACT_URL eller SITE_CONTACT_LABEL');
  });
});

describe('a published address that stops leading anywhere', () => {
  it('fails the build, naming the address and how to keep it', () => {
    const content = tempDir();
    cpSync(SECOND_SITE, content, { recursive: true });
    writeFileSync(
      join(content, 'published-urls.txt'),
      '/resultater/haverne-blev-brugt/\n/resultater/forsvundet/\n',
    );
    const { status, output } = build(content, join(tempDir(), 'dist'));
    expect(status).not.toBe(0);
    expect(output).toContain('/resultater/forsvundet/');
    expect(output).not.toMatch(/^\/resultater\/haverne-blev-brugt\/$/m);
    expect(output).toContain('aliases');
  });
});
