import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFile } from './built-pages.ts';

/** The committed list of every published URL; it only ever grows. */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';

/** Reads the list: one path per line, `#` starts a comment. */
export function readPublishedUrls(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
}

/** Every URL path a built site answers at: pages by their folder, other files by name. */
export function builtUrls(outDir: URL): string[] {
  const root = fileURLToPath(outDir);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? walk(join(dir, item.name)) : [join(dir, item.name)]));
  return walk(root)
    .map((file) => `/${relative(root, file)}`)
    .filter((path) => !path.startsWith('/_astro/') && !path.startsWith('/pagefind/') && path !== '/404.html' && path !== '/favicon.svg')
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

/**
 * Integration: after each build, every URL on the published list must still lead to a page or a
 * redirect, or the build fails. With RECORD_PUBLISHED_URLS=1 it first adds the new URLs to the list.
 */
export function publishedUrls(): AstroIntegration {
  let root: URL;
  return {
    name: 'published-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        const listFile = fileURLToPath(new URL(PUBLISHED_URLS_FILE, root));
        const listed = existsSync(listFile) ? readPublishedUrls(readFileSync(listFile, 'utf8')) : [];
        if (process.env['RECORD_PUBLISHED_URLS'] === '1') {
          const added = builtUrls(dir).filter((url) => !listed.includes(url));
          if (added.length > 0) appendFileSync(listFile, `${added.join('\n')}\n`);
          logger.info(`${added.length} nye adresser føjet til ${PUBLISHED_URLS_FILE}`);
          listed.push(...added);
        }
        const broken = listed.filter((url) => !builtFile(dir, url));
        if (broken.length > 0) {
          throw new Error(`Disse udgivne adresser fører ikke længere til en side eller en omdirigering (${PUBLISHED_URLS_FILE}):\n${broken.join('\n')}\nTilføj en tidligere adresse i feltet "aliases" på den side, der har overtaget indholdet.`);
        }
        logger.info(`Alle ${listed.length} udgivne adresser virker`);
      },
    },
  };
}
