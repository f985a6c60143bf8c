import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Elements a browser lays out apart but Pagefind 1.6 reads as inline text: it breaks sentences only
 * at headings, p, li, td, div, ul, article and section (Pagefind/pagefind#736). With nothing
 * between them in the HTML, their words run together in the index and its excerpts, and Astro's
 * default JSX whitespace mode writes exactly that: `<dt>Rolle</dt><dd>Opgave</dd>`.
 */
const READ_AS_INLINE = ['dt', 'dd', 'th', 'caption', 'figcaption', 'summary'];
const RUN_TOGETHER = new RegExp(`(</(?:${READ_AS_INLINE.join('|')})>)(?=<[a-z])`, 'g');

/**
 * Puts a line break between such an element and the element right after it. Whitespace between
 * these boxes renders as nothing, so the page looks the same, while Pagefind reads a space.
 * @example separateForSearch('<dt>Rolle</dt><dd>Opgave</dd>') // '<dt>Rolle</dt>\n<dd>Opgave</dd>'
 */
export function separateForSearch(html: string): string {
  return html.replace(RUN_TOGETHER, '$1\n');
}

/**
 * Integration: after the build, and so before Pagefind indexes it, every page gets those breaks.
 * Cheaper than turning off Astro's whitespace compression, which adds a few percent to every
 * page and changes what readers see (»Praktiker , Kommune«).
 */
export function searchTextBreaks(): AstroIntegration {
  return {
    name: 'search-text-breaks',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const separated = separateForSearch(html);
          if (separated !== html) writeFileSync(path, separated);
        }
      },
    },
  };
}
