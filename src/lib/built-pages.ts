import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The file a URL path is served from in a built site, or undefined when there is none.
 * @example builtFile(new URL('file:///site/dist/'), '/model/') // '/site/dist/model/index.html'
 */
export function builtFile(outDir: URL, path: string): string | undefined {
  const relative = decodeURIComponent(path).replace(/^\//, '');
  const file = fileURLToPath(
    new URL(path.endsWith('/') ? `${relative}index.html` : relative, outDir),
  );
  return existsSync(file) ? file : undefined;
}

/** True for a page that only redirects (a short address or a former URL). */
export function isRedirectPage(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

/**
 * A built page's last-modified date: its visible »Sidst opdateret«, or on a page without one (the
 * search page) its Dublin Core date. A source page's DC.date is the document's own date.
 * @example pageModified('<time data-modified datetime="2026-11-25">') // '2026-11-25'
 */
export function pageModified(html: string): string | undefined {
  return (
    /<time data-modified(?:="")? datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ??
    /<meta name="DC\.date" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1]
  );
}

/** Reads a built page by URL path. */
export function readBuiltPage(outDir: URL, path: string): string | undefined {
  const file = builtFile(outDir, path);
  return file ? readFileSync(file, 'utf8') : undefined;
}
