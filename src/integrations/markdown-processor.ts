import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds } from './heading-ids.ts';

/**
 * The site's one Markdown processor, for the content and for the texts the build renders itself
 * (archived versions). GFM comes from remark-gfm alone; SmartyPants would write English curly
 * quotes; headings get an ASCII id and a visible link.
 */
export const markdownProcessor = unified({
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeHeadingIds],
});

/** Shiki colours code with style attributes, which the site's CSP (no 'unsafe-inline') forbids. */
export const SYNTAX_HIGHLIGHT = false;
