import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFile } from '../lib/built-pages.ts';
import { contentDir } from '../lib/content-dir.ts';

/** The committed list of every published URL, kept with the content; it only ever grows. */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';

/** Where the list lives: beside the content it lists, so a fork of content/ brings its own. */
function publishedUrlsPath(root: URL): string {
  return fileURLToPath(new URL(`${contentDir()}/${PUBLISHED_URLS_FILE}`, root));
}

/** Reads the list: one path per line, `#` starts a comment. */
function readPublishedUrls(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Whether a built file is an address: not an asset, the search index, 404 or the icon. */
function isAddress(path: string): boolean {
  return (
    !/^\/(?:_astro|pagefind|pagefind-felt)\//.test(path) &&
    path !== '/404.html' &&
    path !== '/favicon.svg' &&
    // Written after Astro, by src/cli/field-kit.ts, so this check cannot see it.
    path !== '/offline/kit.json'
  );
}

/** Every URL path a built site answers at: pages by their folder, other files by name. */
function builtUrls(outDir: URL): string[] {
  const root = fileURLToPath(outDir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => `/${relative(root, join(item.parentPath, item.name))}`)
    .filter(isAddress)
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

/**
 * Integration: after each build, every URL on the published list must still lead to a page or a
 * redirect, or the build fails. With RECORD_PUBLISHED_URLS=1 it first adds the new URLs to the
 * list.
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
        const listFile = publishedUrlsPath(root);
        const text = existsSync(listFile) ? readFileSync(listFile, 'utf8') : '';
        const listed = readPublishedUrls(text);
        if (process.env['RECORD_PUBLISHED_URLS'] === '1') {
          const added = builtUrls(dir).filter((url) => !listed.includes(url));
          if (added.length > 0) appendFileSync(listFile, `${added.join('\n')}\n`);
          logger.info(`${added.length} nye adresser føjet til ${PUBLISHED_URLS_FILE}`);
          listed.push(...added);
        }
        const broken = listed.filter((url) => !builtFile(dir, url));
        if (broken.length > 0) {
          throw new Error(
            `Disse udgivne adresser fører ikke længere til en side eller en omdirigering ` +
              `(${PUBLISHED_URLS_FILE}):\n${broken.join('\n')}\n` +
              'Tilføj en tidligere adresse i feltet "aliases" på den side, ' +
              'der har overtaget indholdet.',
          );
        }
        logger.info(`Alle ${listed.length} udgivne adresser virker`);
      },
    },
  };
}
