// nginx names a file's media type from its mime.types (Debian's /etc/nginx/mime.types in
// production) and adds "; charset=utf-8" to the types in charset_types. sirv's own table names some
// types differently (text/javascript, application/xml), so the local server names them itself:
// from the location's `default_type` in deploy/site-rules.conf, else from the lines of nginx's
// mime.types that a static site uses, else application/octet-stream, Debian's default_type.
import type { LocationRule, SiteRules } from './site-rules.ts';

/** The lines of nginx's mime.types for the kinds of files a built static site holds. */
const NGINX_MIME_TYPES: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  xml: 'text/xml',
  js: 'application/javascript',
  json: 'application/json',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  zip: 'application/zip',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/** Debian's nginx.conf sets this as default_type for files with no known extension. */
const FALLBACK = 'application/octet-stream';

/** The Content-Type nginx sends for a file path served from a location under these rules. */
export function mediaType(rules: SiteRules, location: LocationRule, path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const known = location.mimeTypes ? NGINX_MIME_TYPES[extension] : undefined;
  const type = known ?? location.defaultType ?? FALLBACK;
  return withCharset(rules, type);
}

/** Adds the rules' charset to text/html and the charset_types, as nginx's charset module does. */
export function withCharset(rules: SiteRules, type: string): string {
  const marked = type === 'text/html' || rules.charsetTypes.includes(type);
  return rules.charset && marked ? `${type}; charset=${rules.charset}` : type;
}
