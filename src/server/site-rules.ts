// Reads deploy/site-rules.conf, the production nginx rules, so that the local server
// (`npm run serve`) takes its headers, cache policy, media types, redirects and error page from
// the one file nginx uses instead of spelling them a second time. Only the directives that file
// uses are understood; any other directive throws, because a rule the local server silently
// skipped would make it differ from production without anyone noticing.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDirectives, RulesError, variablesIn, type Directive } from './nginx-conf.ts';

/** deploy/site-rules.conf: included unchanged by production nginx and by the nginx tests. */
export const SITE_RULES_FILE = join(import.meta.dirname, '..', '..', 'deploy', 'site-rules.conf');

/** Headers every response must carry; parsing fails if the rules no longer send one of them. */
export const REQUIRED_HEADERS = [
  'Content-Security-Policy',
  'X-Content-Type-Options',
  'Referrer-Policy',
  'Permissions-Policy',
  'Cross-Origin-Opener-Policy',
  'Cache-Control',
] as const;

/** Variables nginx fills in per request; every other `$name` must come from a `set`. */
const REQUEST_VARIABLES = new Set(['uri', 'args', 'is_args']);

/** Directives without effect on a local preview: logging (it logs nothing) and compression. */
const IGNORED = new Set([
  'access_log',
  'log_not_found',
  'server_tokens',
  'gzip',
  'gzip_vary',
  'gzip_min_length',
  'gzip_types',
]);

/** One `add_header name value [always]`; the value may use variables, as `$fb_cache_control`. */
interface HeaderRule {
  name: string;
  value: string;
  always: boolean;
}

/** One `location` block: how nginx picks it and what it does with the request. */
export interface LocationRule {
  /** `=` exact, `^~` prefix that skips the regexes, `~` or `~*` regex, `''` plain prefix. */
  modifier: '' | '=' | '^~' | '~' | '~*';
  pattern: string;
  /** The compiled pattern of a regex location. */
  regex?: RegExp;
  /** `set $name value` in this location, without the `$`. */
  variables: Record<string, string>;
  /** False after an empty `types { }`: every file then gets `defaultType`. */
  mimeTypes: boolean;
  /** `default_type`, for files whose extension has no type (or for all, see `mimeTypes`). */
  defaultType?: string;
  /** `try_files` arguments; the last is `=code` or a URI. */
  tryFiles?: string[];
  /** `return code target`. */
  redirect?: { status: number; target: string };
}

/** What deploy/site-rules.conf tells nginx, in the terms the local server needs. */
export interface SiteRules {
  headers: HeaderRule[];
  /** Server-level `set $name value`, without the `$`. */
  variables: Record<string, string>;
  /** `charset`, or '' when unset or `off`. */
  charset: string;
  /** `charset_types`; nginx adds text/html to them itself. */
  charsetTypes: string[];
  /** `index`: the file served for a URI ending in a slash. */
  index: string;
  /** `error_page code … uri`: the page shown for each status. */
  errorPages: Record<number, string>;
  locations: LocationRule[];
}

/**
 * Fills the `$name` and `${name}` variables in an nginx value.
 * @throws if the value names a variable that is not given.
 */
export function expandVariables(value: string, variables: Record<string, string>): string {
  return value.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_match, braced?: string, bare?: string) => {
    const name = braced ?? bare ?? '';
    const found = variables[name];
    if (found === undefined) throw new RulesError(`variablen $${name} er ikke sat`);
    return found;
  });
}

function location(directive: Directive, fail: (message: string) => never): LocationRule {
  const [first, second, ...rest] = directive.args;
  const modifiers = ['=', '^~', '~', '~*'];
  if (
    first === undefined ||
    rest.length > 0 ||
    (second !== undefined && !modifiers.includes(first))
  ) {
    fail(`location ${directive.args.join(' ')} forstås ikke`);
  }
  const rule: LocationRule = {
    modifier: (second === undefined ? '' : first) as LocationRule['modifier'],
    pattern: (second ?? first) as string,
    variables: {},
    mimeTypes: true,
  };
  if (rule.modifier === '~' || rule.modifier === '~*') {
    try {
      rule.regex = new RegExp(rule.pattern, rule.modifier === '~*' ? 'i' : '');
    } catch {
      fail(`location-mønsteret ${rule.pattern} er ikke et gyldigt regulært udtryk`);
    }
  }
  for (const inner of directive.block ?? fail('location uden { }')) {
    const { name, args } = inner;
    if (name === 'set' && args.length === 2 && args[0]?.startsWith('$')) {
      rule.variables[args[0].slice(1)] = args[1] as string;
    } else if (name === 'types' && inner.block?.length === 0 && args.length === 0) {
      rule.mimeTypes = false;
    } else if (name === 'default_type' && args.length === 1) {
      rule.defaultType = args[0] as string;
    } else if (name === 'try_files' && args.length >= 2) {
      rule.tryFiles = args;
    } else if (name === 'return' && args.length === 2 && /^30[1278]$/.test(args[0] ?? '')) {
      rule.redirect = { status: Number(args[0]), target: args[1] as string };
    } else if (name === 'add_header') {
      // nginx drops every server-level add_header in a location that has its own.
      fail(`add_header i location ${rule.pattern} ville fjerne serverens headere; brug set`);
    } else {
      fail(`${name} ${args.join(' ')} i location ${rule.pattern} kendes ikke af den lokale server`);
    }
  }
  return rule;
}

/**
 * Parses nginx server rules such as deploy/site-rules.conf.
 * @param source names the file in error messages.
 * @throws a Danish message naming the line, if the rules use a directive the local server does not
 *   follow, or no longer send one of {@link REQUIRED_HEADERS} on every response.
 */
export function parseSiteRules(text: string, source = 'site-rules.conf'): SiteRules {
  const rules: SiteRules = {
    headers: [],
    variables: {},
    charset: '',
    charsetTypes: [],
    index: 'index.html',
    errorPages: {},
    locations: [],
  };
  for (const directive of parseDirectives(text, source)) {
    const { name, args } = directive;
    const fail = (message: string): never => {
      throw new RulesError(`${source}, linje ${directive.line}: ${message}`);
    };
    const [first, second] = args;
    if (IGNORED.has(name)) continue;
    if (name === 'add_header' && first && second !== undefined && args.length <= 3) {
      if (args[2] !== undefined && args[2] !== 'always')
        fail(`add_header ${first}: det tredje ord skal være always`);
      rules.headers.push({ name: first, value: second, always: args[2] === 'always' });
    } else if (name === 'set' && args.length === 2 && first?.startsWith('$')) {
      rules.variables[first.slice(1)] = second as string;
    } else if (name === 'charset' && first && args.length === 1) {
      rules.charset = first === 'off' ? '' : first;
    } else if (name === 'charset_types' && first) {
      rules.charsetTypes = args;
    } else if (name === 'index' && first && args.length === 1) {
      rules.index = first;
    } else if (
      name === 'error_page' &&
      args.length >= 2 &&
      args.slice(0, -1).every((code) => /^\d{3}$/.test(code))
    ) {
      for (const code of args.slice(0, -1)) rules.errorPages[Number(code)] = args.at(-1) as string;
    } else if (name === 'absolute_redirect' && first === 'off') {
      // The local server only makes relative redirects, so it needs this to be off, as it is.
    } else if (name === 'location') {
      rules.locations.push(location(directive, fail));
    } else {
      fail(`${name} ${args.join(' ')} kendes ikke af den lokale server (src/server/site-rules.ts)`);
    }
  }
  checkRules(rules, source);
  return rules;
}

/** Fails loudly when the parsed rules would not give every response the expected headers. */
function checkRules(rules: SiteRules, source: string): void {
  const fail = (message: string): never => {
    throw new RulesError(`${source}: ${message}`);
  };
  for (const name of REQUIRED_HEADERS) {
    const header = rules.headers.find((rule) => rule.name.toLowerCase() === name.toLowerCase());
    if (!header)
      fail(`ingen "add_header ${name} … always;"; den lokale server skal sende nginx' headere`);
    else if (!header.always)
      fail(`add_header ${name} mangler "always", så nginx sender den ikke på fejlsider`);
  }
  const known = new Set([...REQUEST_VARIABLES, ...Object.keys(rules.variables)]);
  for (const header of rules.headers) {
    for (const name of variablesIn(header.value)) {
      if (!known.has(name))
        fail(`add_header ${header.name} bruger $${name}, som ikke er sat i serveren`);
    }
    if (header.value.trim() === '') fail(`add_header ${header.name} er tom`);
  }
  for (const rule of rules.locations) {
    const inLocation = new Set([...known, ...Object.keys(rule.variables)]);
    const values = [
      ...(rule.tryFiles ?? []),
      rule.redirect?.target ?? '',
      ...Object.values(rule.variables),
    ];
    for (const name of values.flatMap(variablesIn)) {
      if (!inLocation.has(name)) fail(`location ${rule.pattern} bruger $${name}, som ikke er sat`);
    }
  }
}

/** Reads and parses deploy/site-rules.conf (or another rules file). */
export function readSiteRules(file = SITE_RULES_FILE): SiteRules {
  return parseSiteRules(readFileSync(file, 'utf8'), relative(process.cwd(), file) || file);
}

/** Without a matching location, nginx serves with the server's own rules: a prefix of nothing. */
const SERVER_LEVEL: LocationRule = { modifier: '', pattern: '', variables: {}, mimeTypes: true };

/**
 * The location nginx picks for a decoded, normalized URI: an exact match; else the longest prefix
 * if it is `^~`; else the first regex that matches, in file order; else the longest prefix.
 */
export function findLocation(rules: SiteRules, uri: string): LocationRule {
  const exact = rules.locations.find((rule) => rule.modifier === '=' && rule.pattern === uri);
  if (exact) return exact;
  let prefix = SERVER_LEVEL;
  for (const rule of rules.locations) {
    const isPrefix = rule.modifier === '' || rule.modifier === '^~';
    if (isPrefix && uri.startsWith(rule.pattern) && rule.pattern.length > prefix.pattern.length)
      prefix = rule;
  }
  if (prefix.modifier === '^~') return prefix;
  return rules.locations.find((rule) => rule.regex?.test(uri)) ?? prefix;
}

/** The value of a header in the rules, with the server's variables filled in; such as the CSP. */
export function headerValue(
  rules: SiteRules,
  name: string,
  location = SERVER_LEVEL,
): string | undefined {
  const header = rules.headers.find((rule) => rule.name.toLowerCase() === name.toLowerCase());
  return header && expandVariables(header.value, { ...rules.variables, ...location.variables });
}
