import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  REQUIRED_HEADERS,
  SITE_RULES_FILE,
  expandVariables,
  findLocation,
  headerValue,
  parseSiteRules,
  readSiteRules,
  type SiteRules,
} from '../../src/server/site-rules.ts';

/** The smallest rules the parser accepts: every required header, sent always. */
const HEADERS = `
set $cache "public, max-age=60";
add_header Content-Security-Policy "default-src 'self'" always;
add_header X-Content-Type-Options nosniff always;
add_header Referrer-Policy 'no-referrer' always;
add_header Permissions-Policy "camera=()" always;
add_header Cross-Origin-Opener-Policy "same-origin" always;
add_header Cache-Control $cache always;
`;

const SAMPLE = `# A comment; with { braces } that are not rules.
access_log off;
absolute_redirect off;
index index.html;
error_page 404 500 /fejl.html;
charset utf-8;
charset_types text/css
  application/json;
${HEADERS}
location /assets/ { set $cache "public, max-age=31536000, immutable"; try_files $uri =404; }
location = /feed.xml { types { } default_type "application/rss+xml"; }
location ~ \\.ris$ {
  types { } default_type application/x-research-info-systems; try_files $uri =404;
}
location ~ ^[^.]*[^/]$ { return 301 $uri/$is_args$args; }
location / { try_files $uri $uri/ =404; }
`;

describe('parseSiteRules on a small sample', () => {
  const rules = parseSiteRules(SAMPLE);

  it('reads the headers, with quotes removed and `always` noted', () => {
    expect(rules.headers.map((header) => [header.name, header.value, header.always])).toEqual([
      ['Content-Security-Policy', "default-src 'self'", true],
      ['X-Content-Type-Options', 'nosniff', true],
      ['Referrer-Policy', 'no-referrer', true],
      ['Permissions-Policy', 'camera=()', true],
      ['Cross-Origin-Opener-Policy', 'same-origin', true],
      ['Cache-Control', '$cache', true],
    ]);
  });

  it('reads the server settings, including a directive over two lines', () => {
    expect(rules.variables).toEqual({ cache: 'public, max-age=60' });
    expect(rules.charset).toBe('utf-8');
    expect(rules.charsetTypes).toEqual(['text/css', 'application/json']);
    expect(rules.index).toBe('index.html');
    expect(rules.errorPages).toEqual({ 404: '/fejl.html', 500: '/fejl.html' });
  });

  it('reads each location with its modifier, variables, types and action', () => {
    const [assets, feed, ris, clean, root] = rules.locations;
    expect(assets).toMatchObject({
      modifier: '',
      pattern: '/assets/',
      variables: { cache: 'public, max-age=31536000, immutable' },
      tryFiles: ['$uri', '=404'],
    });
    expect(feed).toMatchObject({
      modifier: '=',
      pattern: '/feed.xml',
      mimeTypes: false,
      defaultType: 'application/rss+xml',
    });
    expect(ris).toMatchObject({ modifier: '~', pattern: '\\.ris$', mimeTypes: false });
    expect(clean?.redirect).toEqual({ status: 301, target: '$uri/$is_args$args' });
    expect(root).toMatchObject({
      modifier: '',
      pattern: '/',
      mimeTypes: true,
      tryFiles: ['$uri', '$uri/', '=404'],
    });
  });

  it('picks locations as nginx does: exact, then regex in order, then the longest prefix', () => {
    const pick = (uri: string) => findLocation(rules, uri).pattern;
    expect(pick('/feed.xml')).toBe('/feed.xml');
    expect(pick('/feed.xml/')).toBe('/');
    expect(pick('/assets/a.css')).toBe('/assets/');
    // A plain prefix location loses to a matching regex.
    expect(pick('/assets/a.ris')).toBe('\\.ris$');
    expect(pick('/assets/a')).toBe('^[^.]*[^/]$');
    expect(pick('/model')).toBe('^[^.]*[^/]$');
    expect(pick('/model/')).toBe('/');
    expect(pick('/a.RIS')).toBe('/');
  });

  it('lets a ^~ prefix skip the regexes', () => {
    const caret = parseSiteRules(`${HEADERS} location ^~ /a/ { } location ~ x { } location / { }`);
    expect(findLocation(caret, '/a/x').pattern).toBe('/a/');
    expect(findLocation(caret, '/b/x').pattern).toBe('x');
  });

  it('fills in variables, bare and braced', () => {
    expect(expandVariables('$uri/${is_args}$args', { uri: '/x', is_args: '?', args: 'q=1' })).toBe(
      '/x/?q=1',
    );
    expect(() => expandVariables('$nope', {})).toThrow('$nope');
  });

  it('gives a header value with the variables of a location', () => {
    const assets = findLocation(rules, '/assets/a.css');
    expect(headerValue(rules, 'cache-control')).toBe('public, max-age=60');
    expect(headerValue(rules, 'Cache-Control', assets)).toBe('public, max-age=31536000, immutable');
    expect(headerValue(rules, 'X-Frame-Options')).toBeUndefined();
  });
});

describe('parseSiteRules fails loudly', () => {
  const without = (name: string) =>
    HEADERS.split('\n')
      .filter((line) => !line.includes(name))
      .join('\n');

  it('without a Content-Security-Policy', () => {
    expect(() => parseSiteRules(without('Content-Security-Policy'), 'test.conf')).toThrow(
      /^test\.conf: ingen "add_header Content-Security-Policy … always;"/,
    );
  });

  it.each(REQUIRED_HEADERS.filter((name) => name !== 'Content-Security-Policy'))(
    'without %s',
    (name) => {
      expect(() => parseSiteRules(without(name))).toThrow(`add_header ${name}`);
    },
  );

  it('when a header is not sent always, so nginx would leave it off error pages', () => {
    expect(() => parseSiteRules(HEADERS.replace('nosniff always', 'nosniff'))).toThrow(
      'add_header X-Content-Type-Options mangler "always"',
    );
  });

  it('on a directive the local server does not follow, naming the line', () => {
    expect(() => parseSiteRules(`${HEADERS}\nrewrite ^/a$ /b;`, 'test.conf')).toThrow(
      'test.conf, linje 10: rewrite ^/a$ /b kendes ikke',
    );
    expect(() => parseSiteRules(`${HEADERS} location / { autoindex on; }`)).toThrow(
      'autoindex on i location /',
    );
  });

  it('on an add_header inside a location, which would drop the server headers in nginx', () => {
    expect(() => parseSiteRules(`${HEADERS} location / { add_header X-A b always; }`)).toThrow(
      'ville fjerne serverens headere',
    );
  });

  it('on a variable that no set gives a value', () => {
    expect(() => parseSiteRules(HEADERS.replace('$cache always', '$cash always'))).toThrow('$cash');
    expect(() => parseSiteRules(`${HEADERS} location / { return 301 $nope; }`)).toThrow('$nope');
  });

  it('on broken syntax', () => {
    expect(() => parseSiteRules(`${HEADERS} location / {`)).toThrow('lukkes aldrig');
    expect(() => parseSiteRules(`${HEADERS} index index.html`)).toThrow('mangler ";"');
    expect(() => parseSiteRules(`${HEADERS} }`)).toThrow('"}" uden "{"');
    expect(() => parseSiteRules(`${HEADERS} add_header A "b always;`)).toThrow('lukkes aldrig');
  });
});

describe('readSiteRules on deploy/site-rules.conf', () => {
  const rules: SiteRules = readSiteRules();
  const text = readFileSync(SITE_RULES_FILE, 'utf8');

  it('yields the CSP nginx sends, word for word', () => {
    const csp = headerValue(rules, 'Content-Security-Policy') ?? '';
    // Found independently of the parser, so a parsing slip cannot agree with itself.
    expect(csp).toBe(/^add_header Content-Security-Policy "([^"]+)" always;$/m.exec(text)?.[1]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('yields the other security headers', () => {
    expect(headerValue(rules, 'X-Content-Type-Options')).toBe('nosniff');
    expect(headerValue(rules, 'Referrer-Policy')).toBe('no-referrer');
    expect(headerValue(rules, 'Permissions-Policy')).toContain('camera=()');
    expect(headerValue(rules, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(rules.headers.every((header) => header.always)).toBe(true);
  });

  it('yields the cache policy per location', () => {
    const cache = (uri: string) => headerValue(rules, 'Cache-Control', findLocation(rules, uri));
    expect(cache('/model/')).toBe('public, max-age=300, must-revalidate');
    expect(cache('/_astro/index.abc123.css')).toBe('public, max-age=31536000, immutable');
    expect(cache('/pagefind/pagefind.js')).toBe('public, max-age=3600');
  });

  it('yields the media types of the citation files and the feed', () => {
    const type = (uri: string) => findLocation(rules, uri).defaultType;
    expect(type('/citat/kilder/x.ris')).toBe('application/x-research-info-systems');
    expect(type('/citat/kilder/x.bib')).toBe('application/x-bibtex');
    expect(type('/citat/kilder/x.json')).toBe('application/vnd.citationstyles.csl+json');
    expect(type('/rss.xml')).toBe('application/rss+xml');
    expect(type('/pagefind/pagefind-entry.json')).toBeUndefined();
    expect(rules.charset).toBe('utf-8');
    expect(rules.charsetTypes).toContain('application/vnd.citationstyles.csl+json');
  });

  it('yields the clean-URL redirect and the 404 page', () => {
    expect(findLocation(rules, '/model').redirect).toEqual({
      status: 301,
      target: '$uri/$is_args$args',
    });
    expect(findLocation(rules, '/model/').redirect).toBeUndefined();
    expect(findLocation(rules, '/robots.txt').redirect).toBeUndefined();
    expect(rules.errorPages[404]).toBe('/404.html');
  });
});
