// The local stand-in for production nginx behind `npm run serve`. It picks the location, redirects,
// falls back to the 404 page, names media types and sets the headers by deploy/site-rules.conf (see
// site-rules.ts), so it cannot drift from production; sirv sends the files themselves.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { mediaType, withCharset } from './media-types.ts';
import {
  expandVariables,
  findLocation,
  readSiteRules,
  type LocationRule,
  type SiteRules,
} from './site-rules.ts';

/** A `node:http` request handler. */
type SiteHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** What a location does with a request. */
type Step =
  | { kind: 'file'; uri: string }
  | { kind: 'internal'; uri: string }
  | { kind: 'redirect'; status: number; target: string }
  | { kind: 'status'; status: number };

/** Danish text for the answers that are not a page of the site. */
const STATUS_TEXT: Record<number, string> = {
  400: 'Ugyldig forespørgsel',
  403: 'Adgang nægtet',
  404: 'Siden findes ikke',
  405: 'Metoden er ikke tilladt',
  500: 'Intern serverfejl',
};

/** nginx gives up after ten internal redirects (index file, try_files, error_page). */
const MAX_INTERNAL_REDIRECTS = 10;

/**
 * Decodes and normalizes a request path as nginx does before it matches locations: %XX decoded,
 * repeated slashes merged, `.` and `..` resolved. Undefined where nginx answers 400, such as a `..`
 * above the root, which is what keeps requests inside the site folder.
 */
function normalizeUri(path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return undefined;
  const segments: string[] = [];
  const parts = decoded.split('/');
  for (const part of parts) {
    if (part === '..' && segments.pop() === undefined) return undefined;
    if (part !== '..' && part !== '.' && part !== '') segments.push(part);
  }
  const last = parts.at(-1);
  const folder = segments.length > 0 && (last === '' || last === '.' || last === '..');
  return `/${segments.join('/')}${folder ? '/' : ''}`;
}

/** nginx sends a decoded URI in Location as raw bytes; percent-encoding them means the same URL. */
function asciiLocation(target: string): string {
  return target.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
}

/**
 * A request handler that serves a built site folder as production nginx does under
 * deploy/site-rules.conf (or the given rules): same redirects, 404 page, headers and media types.
 */
export function createSiteHandler(root: string, rules: SiteRules = readSiteRules()): SiteHandler {
  const dist = resolve(root);
  // dev: sirv looks files up on disk per request, as nginx does, so a rebuild needs no restart.
  const files = sirv(dist, { dev: true, etag: true, extensions: [], dotfiles: true });

  const stat = (uri: string) => {
    const path = join(dist, uri);
    const inside = path === dist || path.startsWith(dist + sep);
    return inside ? statSync(path, { throwIfNoEntry: false }) : undefined;
  };

  function step(location: LocationRule, variables: Record<string, string>): Step {
    const { redirect } = location;
    if (redirect) {
      return {
        kind: 'redirect',
        status: redirect.status,
        target: expandVariables(redirect.target, variables),
      };
    }
    // Without try_files, nginx's static module serves the file and its index module a folder.
    const tries = location.tryFiles ?? [variables['uri']?.endsWith('/') ? '$uri/' : '$uri', '=404'];
    for (const template of tries.slice(0, -1)) {
      // As in nginx, a try ending in "/" looks for a folder and any other for a file only.
      const path = expandVariables(template, variables);
      const found = stat(path);
      if (!template.endsWith('/') && found?.isFile()) return { kind: 'file', uri: path };
      if (template.endsWith('/') && found?.isDirectory()) {
        // nginx's index module; a folder without an index file is forbidden (autoindex is off).
        const index = path.replace(/\/*$/, '/') + rules.index;
        return stat(index)?.isFile()
          ? { kind: 'internal', uri: index }
          : { kind: 'status', status: 403 };
      }
    }
    const last = expandVariables(tries.at(-1) ?? '=404', variables);
    return last.startsWith('=')
      ? { kind: 'status', status: Number(last.slice(1)) }
      : { kind: 'internal', uri: last };
  }

  function setHeaders(response: ServerResponse, variables: Record<string, string>): void {
    for (const header of rules.headers) {
      // nginx leaves out a header whose value comes out empty.
      const value = expandVariables(header.value, variables);
      if (value) response.setHeader(header.name, value);
    }
  }

  function sendStatus(response: ServerResponse, status: number): void {
    const text = `${status} ${STATUS_TEXT[status] ?? ''}`.trim();
    const head = `<!doctype html>\n<html lang="da"><meta charset="utf-8"><title>${text}</title>`;
    const body = `${head}<h1>${text}</h1></html>\n`;
    response.setHeader('Content-Type', withCharset(rules, 'text/html'));
    response.setHeader('Content-Length', Buffer.byteLength(body));
    response.writeHead(status).end(body);
  }

  function redirect(response: ServerResponse, status: number, location: string): void {
    // Like nginx: a short HTML note, with no charset (nginx adds none to redirects).
    const href = location.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
    const link = `<a href="${href}">${href}</a>`;
    const body = `<!doctype html>\n<title>${status}</title><p>Siden er flyttet til ${link}.</p>\n`;
    response.setHeader('Location', location);
    response.setHeader('Content-Type', 'text/html');
    response.setHeader('Content-Length', Buffer.byteLength(body));
    response.writeHead(status).end(body);
  }

  function sendFile(
    request: IncomingMessage,
    response: ServerResponse,
    uri: string,
    status: number,
  ): void {
    if (status !== 200) {
      // An error page keeps its error status, which sirv cannot send, and it is one small file.
      const body = readFileSync(join(dist, uri));
      response.setHeader('Content-Length', body.length);
      response.writeHead(status).end(body);
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendStatus(response, 405);
    } else {
      // sirv decodes the path it is given again, so it gets the chosen file percent-encoded.
      request.url = encodeURI(uri).replace(/[?#]/g, (char) => encodeURIComponent(char));
      files(request, response, () => sendStatus(response, 404));
    }
  }

  function respond(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    query: string,
  ): void {
    let uri = normalizeUri(path);
    let args = query;
    let status = 200;
    if (uri === undefined) {
      // nginx rejects the request before any `set` runs, so e.g. $fb_cache_control is empty.
      const unset = Object.fromEntries(Object.keys(rules.variables).map((name) => [name, '']));
      setHeaders(response, { ...unset, uri: '', args: '', is_args: '' });
      return sendStatus(response, 400);
    }
    for (let hop = 0; hop < MAX_INTERNAL_REDIRECTS; hop++) {
      const location = findLocation(rules, uri);
      const variables = {
        ...rules.variables,
        ...location.variables,
        uri,
        args,
        is_args: args ? '?' : '',
      };
      setHeaders(response, variables);
      const next = step(location, variables);
      if (next.kind === 'internal') {
        uri = next.uri;
      } else if (next.kind === 'redirect') {
        return redirect(response, next.status, asciiLocation(next.target));
      } else if (next.kind === 'file') {
        response.setHeader('Content-Type', mediaType(rules, location, next.uri));
        return sendFile(request, response, next.uri, status);
      } else {
        const page = rules.errorPages[next.status];
        // As nginx without recursive_error_pages: an error while showing the error page is final.
        if (page === undefined || status !== 200) return sendStatus(response, next.status);
        [status, uri, args] = [next.status, page, ''];
      }
    }
    sendStatus(response, 500);
  }

  return (request, response) => {
    const target = request.url ?? '/';
    const queryAt = target.indexOf('?');
    try {
      if (queryAt === -1) respond(request, response, target, '');
      else respond(request, response, target.slice(0, queryAt), target.slice(queryAt + 1));
    } catch (error) {
      console.error(error);
      if (!response.headersSent) sendStatus(response, 500);
      else response.destroy();
    }
  };
}

/** A `node:http` server for a built site folder; see {@link createSiteHandler}. */
export function createSiteServer(root: string, rules?: SiteRules): Server {
  return createServer(createSiteHandler(root, rules));
}
