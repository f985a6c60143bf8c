import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSiteHandler, createSiteServer } from '../../src/server/static-site.ts';
import { headerValue, readSiteRules } from '../../src/server/site-rules.ts';
import { DIST } from '../support/dist.ts';
import { NGINX, startNginx, type StaticServer } from '../support/nginx.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const RULES = readSiteRules();
const SECURITY_HEADERS = [
  'Content-Security-Policy',
  'X-Content-Type-Options',
  'Strict-Transport-Security',
  'Referrer-Policy',
  'Permissions-Policy',
  'Cross-Origin-Opener-Policy',
];

/** A small built site; a secret next to it shows whether a request can leave the folder. */
const SITE: Record<string, string> = {
  'index.html': '<!doctype html><title>Forside</title>',
  'model/index.html': '<!doctype html><title>Model</title>',
  '404.html': '<!doctype html><title>Siden findes ikke</title>',
  'citat/kilder/kilde.ris': 'TY  - JOUR\nER  - \n',
  'citat/kilder/kilde.bib': '@article{kilde}\n',
  'citat/x/y.json': '{"id":"y"}',
  'data.json': '{}',
  'rss.xml': '<?xml version="1.0"?><rss version="2.0"></rss>',
  'sitemap.xml': '<?xml version="1.0"?><urlset/>',
  '_astro/x.css': 'body{}',
  'pagefind/x.js': 'export {};',
  'pagefind/wasm.da.pagefind': 'binary',
};
const SECRET = '{"name":"hemmelig"}';

/** Makes the site folder in a fresh temp folder, with a package.json beside it. */
function writeSite(): string {
  const parent = mkdtempSync(join(tmpdir(), 'fb-serve-'));
  writeFileSync(join(parent, 'package.json'), SECRET);
  for (const [path, body] of Object.entries(SITE)) {
    mkdirSync(dirname(join(parent, 'dist', path)), { recursive: true });
    writeFileSync(join(parent, 'dist', path), body);
  }
  return join(parent, 'dist');
}

/** A request with its path sent exactly as written, as `fetch` would normalize `/../`. */
function rawGet(
  origin: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    request(`${origin}/`, { path }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers as Record<string, string>,
          body,
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('the local server (npm run serve) over a small built site', () => {
  let dist: string;
  let server: Server;
  let origin: string;
  const get = (path: string, init: RequestInit = {}) =>
    fetch(origin + path, { redirect: 'manual', ...init });

  beforeAll(async () => {
    dist = writeSite();
    server = createServer(createSiteHandler(dist));
    origin = await listen(server);
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dirname(dist), { recursive: true, force: true });
  });

  it('redirects /x to /x/ with a relative Location, keeping the query', async () => {
    const response = await get('/model');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/model/');
    expect((await get('/model?q=1')).headers.get('location')).toBe('/model/?q=1');
    expect((await get('/findes/ikke?a=1&b=2')).headers.get('location')).toBe(
      '/findes/ikke/?a=1&b=2',
    );
  });

  it('serves a folder as its index.html', async () => {
    const response = await get('/model/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(SITE['model/index.html']);
    expect(await (await get('/')).text()).toBe(SITE['index.html']);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/model/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(SITE['model/index.html']?.length));
    expect(await response.text()).toBe('');
  });

  it('answers unknown paths with the 404 page and status 404', async () => {
    for (const path of ['/nope/', '/nope.html', '/_astro/nope.css', '/citat/x/nope.json']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(SITE['404.html']);
    }
  });

  it('sends the CSP nginx sends, on pages, files, errors and redirects alike', async () => {
    const csp = headerValue(RULES, 'Content-Security-Policy');
    for (const path of [
      '/',
      '/model',
      '/model/',
      '/nope/',
      '/_astro/x.css',
      '/rss.xml',
      '/citat/kilder/kilde.ris',
    ]) {
      const header = (await get(path)).headers.get('content-security-policy');
      expect(header, path).toBe(csp);
      expect(header).toContain("default-src 'self'");
      expect(header).toContain("frame-ancestors 'none'");
    }
  });

  it('sends the other security headers as deploy/site-rules.conf spells them', async () => {
    for (const path of ['/', '/model', '/nope/', '/pagefind/x.js']) {
      const response = await get(path);
      for (const name of SECURITY_HEADERS)
        expect(response.headers.get(name), `${path} ${name}`).toBe(headerValue(RULES, name));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it.each([
    ['/citat/kilder/kilde.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['/citat/kilder/kilde.bib', 'application/x-bibtex; charset=utf-8'],
    ['/citat/x/y.json', 'application/vnd.citationstyles.csl+json; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/sitemap.xml', 'text/xml; charset=utf-8'],
    ['/_astro/x.css', 'text/css; charset=utf-8'],
    ['/pagefind/x.js', 'application/javascript; charset=utf-8'],
    ['/pagefind/wasm.da.pagefind', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(SITE[path.slice(1)]);
  });

  it.each([
    ['/_astro/x.css', 'public, max-age=31536000, immutable'],
    ['/pagefind/x.js', 'public, max-age=3600'],
    ['/model/', 'public, max-age=300, must-revalidate'],
    ['/rss.xml', 'public, max-age=300, must-revalidate'],
    ['/model', 'public, max-age=300, must-revalidate'],
    ['/nope/', 'public, max-age=300, must-revalidate'],
  ])('caches %s with %s', async (path, value) => {
    expect((await get(path)).headers.get('cache-control')).toBe(value);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/model/..%2f..%2fpackage.json',
    '/_astro/../../package.json',
  ])('keeps %s inside the site folder', async (path) => {
    const response = await rawGet(origin, path);
    expect(response.body).not.toContain('hemmelig');
    expect(response.status).toBe(400);
    expect(response.headers['content-security-policy']).toBe(
      headerValue(RULES, 'Content-Security-Policy'),
    );
  });

  it('resolves dots and double slashes inside the folder as nginx does', async () => {
    expect((await rawGet(origin, '/model/../model/')).body).toBe(SITE['model/index.html']);
    expect((await rawGet(origin, '//model//')).body).toBe(SITE['model/index.html']);
  });
});

/** The address serve.ts says it serves at, once it says so. */
function printedUrl(child: ChildProcessByStdio<null, Readable, Readable>): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`ingen linje fra serve.ts: ${output}`)),
      15_000,
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Webstedet kører på (http:\/\/localhost:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => reject(new Error(`serve.ts stoppede (${code}): ${output}`)));
  });
}

describe('npm run serve (src/cli/serve.ts)', () => {
  let dist: string;
  beforeAll(() => {
    dist = writeSite();
  });
  afterAll(() => rmSync(dirname(dist), { recursive: true, force: true }));

  it('prints where it serves, in Danish, and serves the site there', async () => {
    const port = await freePort();
    const child = spawn(NODE, [join(ROOT, 'src/cli/serve.ts')], {
      env: { ...process.env, PORT: String(port), SITE_DIST: dist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await printedUrl(child);
      expect(url).toBe(`http://localhost:${port}/`);
      const response = await fetch(`http://127.0.0.1:${port}/model`, { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/model/');
    } finally {
      child.kill();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('stops with a Danish instruction when nothing is built', async () => {
    const child = spawn(NODE, [join(ROOT, 'src/cli/serve.ts')], {
      env: { ...process.env, PORT: '0', SITE_DIST: join(dirname(dist), 'findes-ikke') },
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('Kør "npm run build" først');
  });
});

/** Over the real build, the local server must answer as the nginx tests' nginx does. */
describe.runIf(existsSync(NGINX) && existsSync(join(DIST, 'index.html')))(
  'the local server next to nginx',
  () => {
    let nginx: StaticServer | undefined;
    let nginxOrigin: string;
    let local: Server;
    let origin: string;

    beforeAll(async () => {
      // The browser project's global setup shares one nginx; without it, this file starts its own.
      nginxOrigin = inject('siteOrigin') || (nginx = await startNginx()).origin;
      local = createSiteServer(DIST);
      origin = await listen(local);
    });
    afterAll(async () => {
      await nginx?.stop();
      await new Promise((resolve) => local?.close(resolve));
    });

    it('gives the same status, redirect, media type, caching, headers and body', async () => {
      const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(
        readFileSync(join(DIST, 'index.html'), 'utf8'),
      )?.[1];
      const paths = [
        '/',
        '/model',
        '/model/',
        '/model?q=1',
        '/soeg/',
        '/nope/',
        '/nope',
        '/404.html',
      ];
      paths.push(
        '/rss.xml',
        '/robots.txt',
        '/sitemap-index.xml',
        '/favicon.svg',
        '/pagefind/pagefind.js',
        // The field kit's worker and list are never cached; the manifest has its own type.
        '/sw.js',
        '/offline/kit.json',
        '/manifest.webmanifest',
        '/pagefind-felt/pagefind.js',
      );
      paths.push('/_astro/', '/pagefind/', '/citat/', '/../package.json', '//model//', `${asset}`);
      const keys = [
        'location',
        'content-type',
        'cache-control',
        ...SECURITY_HEADERS.map((name) => name.toLowerCase()),
      ];
      for (const path of paths) {
        const [theirs, ours] = await Promise.all([rawGet(nginxOrigin, path), rawGet(origin, path)]);
        const pick = (answer: typeof ours) => ({
          status: answer.status,
          ...Object.fromEntries(keys.map((key) => [key, answer.headers[key]])),
          body: answer.status === 200 ? answer.body : '',
        });
        expect(pick(ours), path).toEqual(pick(theirs));
      }
    });
  },
);
