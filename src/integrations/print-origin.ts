import type { PluginOption } from 'vite';

/** The stylesheet that tells print which origin to put before the site's own links. */
const PRINT_ORIGIN_CSS = 'virtual:fb-print-origin.css';
const RESOLVED = `\0${PRINT_ORIGIN_CSS}`;

/**
 * A Vite plugin that serves one line of CSS, `--fb-print-origin`, from the site's configured
 * origin, so printed links read as full addresses. The site's CSP allows no inline styles, so the
 * value goes into the shared stylesheet at build time.
 */
export function printOrigin(origin: string): PluginOption {
  return {
    name: 'fb-print-origin',
    resolveId: (id) => (id === PRINT_ORIGIN_CSS ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED ? `:root { --fb-print-origin: ${JSON.stringify(origin)}; }\n` : undefined,
  };
}
