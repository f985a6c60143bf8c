import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor, SYNTAX_HIGHLIGHT } from '../integrations/markdown-processor.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Renders Markdown that is not a content entry, such as an archived version's text, to HTML with
 * the content's own processor, so its headings and quotation marks come out the same.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer({ syntaxHighlight: SYNTAX_HIGHLIGHT });
  return (await (await renderer).render(markdown)).code;
}
