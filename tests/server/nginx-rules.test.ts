import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { SITE_RULES } from '../support/nginx.ts';
import { serverAvailable, siteServer } from '../support/site-in-browser.ts';

describe.runIf(serverAvailable())(
  'the production server rules (deploy/site-rules.conf) in nginx',
  () => {
    const server = siteServer();
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(server.origin + path, { redirect: 'manual', headers });
    const asset = builtPages()
      .find((page) => page.url === '/')!
      .root.querySelector('link[rel="stylesheet"]')!
      .getAttribute('href')!;

    it('is the file the production config includes, with only listen and root around it', () => {
      const production = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
      expect(production).toContain('include /etc/nginx/snippets/fremskudt-behandling.conf;');
      expect(readFileSync(SITE_RULES, 'utf8')).not.toMatch(/^\s*(listen|root)\s/m);
    });

    it('sends the security headers on pages, assets and errors alike', async () => {
      for (const path of ['/', asset, '/findes-ikke/', '/rss.xml']) {
        const response = await get(path);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('permissions-policy')).toContain('camera=()');
        expect(response.headers.get('set-cookie')).toBeNull();
      }
    });

    it('redirects /x to /x/ for clean URLs, keeping the query', async () => {
      const response = await get('/model');
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/model/');
      expect((await get('/soeg?q=m%C3%B8der')).headers.get('location')).toBe('/soeg/?q=m%C3%B8der');
    });

    it.each([
      ['/rss.xml', 'application/rss+xml'],
      ['/robots.txt', 'text/plain'],
      ['/sitemap-index.xml', 'text/xml'],
      ['/pagefind/pagefind.js', 'application/javascript'],
      ['/citat/kilder/case-effektive-forandringer.ris', 'application/x-research-info-systems'],
      ['/citat/kilder/case-effektive-forandringer.bib', 'application/x-bibtex'],
      ['/citat/kilder/case-effektive-forandringer.json', 'application/vnd.citationstyles.csl+json'],
    ])('serves %s as it is, as %s', async (path, type) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
    });

    it('answers a missing page with the Danish 404 page and status 404', async () => {
      const response = await get('/findes-ikke/');
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Siden findes ikke');
    });

    it('caches hashed assets for a year as immutable, and HTML only briefly', async () => {
      expect((await get(asset)).headers.get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
      expect((await get('/model/')).headers.get('cache-control')).toBe(
        'public, max-age=300, must-revalidate',
      );
    });

    it('compresses HTML, CSS and the feed with gzip', async () => {
      for (const path of ['/model/', asset, '/rss.xml']) {
        expect(
          (await get(path, { 'accept-encoding': 'gzip' })).headers.get('content-encoding'),
        ).toBe('gzip');
      }
    });

    it('keeps no access log', () => {
      expect(readFileSync(SITE_RULES, 'utf8')).toMatch(/^access_log off;$/m);
    });
  },
);
