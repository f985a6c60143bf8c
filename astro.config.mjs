// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownProcessor, SYNTAX_HIGHLIGHT } from './src/integrations/markdown-processor.ts';
import sitemap from '@astrojs/sitemap';
import { isRedirectPage, pageModified, readBuiltPage } from './src/lib/built-pages.ts';
import { placeholderWarning } from './src/integrations/placeholder-warning.ts';
import { publishedUrls } from './src/integrations/published-urls.ts';
import { searchTextBreaks } from './src/integrations/search-text-breaks.ts';
import { printOrigin } from './src/integrations/print-origin.ts';
import { site } from './src/site.config.ts';

// `astro build --outDir <folder>` (as the second site's test builds) writes elsewhere; the
// sitemap reads each page's date from where the pages really are.
const outDirArgument = process.argv[process.argv.indexOf('--outDir') + 1];
const outDir =
  outDirArgument && process.argv.includes('--outDir')
    ? new URL(`${outDirArgument.replace(/\/?$/, '/')}`, `file://${process.cwd()}/`)
    : new URL('./dist/', import.meta.url);
/**
 * Reads a built page by its absolute URL, for the sitemap's filter and dates.
 * @param {string} url
 */
const builtPage = (url) => readBuiltPage(outDir, new URL(url).pathname) ?? '';

// Another content folder keeps its own content cache, so building it never mixes its entries
// into the next build of content/.
const contentCache = process.env.CONTENT_DIR?.trim()
  ? `./node_modules/.astro/content-${process.env.CONTENT_DIR.trim().replace(/[^a-z0-9]+/gi, '-')}/`
  : undefined;

export default defineConfig({
  ...(contentCache ? { cacheDir: contentCache } : {}),
  site: site.origin,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    syntaxHighlight: SYNTAX_HIGHLIGHT,
    processor: markdownProcessor,
  },
  integrations: [
    mdx(),
    sitemap({
      // Redirect pages are not pages of their own; each page's date is its own "Sidst opdateret".
      filter: (url) => !isRedirectPage(builtPage(url)),
      serialize: (item) => {
        const lastmod = pageModified(builtPage(item.url));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    placeholderWarning(),
    publishedUrls(),
    // Astro's whitespace mode joins <dt> and <dd>; Pagefind would read their words as one.
    searchTextBreaks(),
  ],
  // One shared stylesheet, cached once, instead of a file per page.
  vite: {
    plugins: [printOrigin(site.origin)],
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      rollupOptions: {
        // Astro's own MDX output carries this directive; the bundler's warning about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
