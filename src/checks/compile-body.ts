import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { assignHeadingIds } from '../lib/heading-slugs.ts';

/** What compiling one body tells the checks. */
export interface CompiledBody {
  /** Why the body does not compile, at its line in the body; undefined when it compiles. */
  error?: { line: number; reason: string } | undefined;
  /** The ids the site gives the body's h2–h6, in order; empty when the body does not compile. */
  headingIds: string[];
}

/** A body to compile, with the syntax its file extension asks for. */
export interface BodySource {
  file: string;
  body: string;
  format: 'md' | 'mdx';
}

/** The part of the compiler's file object the checks use: its free-form data. */
type FileData = { data: Record<string, unknown> };

/** Keeps the ids the site's heading rule gives, on the file being compiled. */
function collectHeadingIds() {
  return (tree: Root, file: FileData): void => {
    file.data['headingIds'] = assignHeadingIds(tree);
  };
}

const processors = new Map<BodySource['format'], ReturnType<typeof createProcessor>>();

function processorFor(format: BodySource['format']): ReturnType<typeof createProcessor> {
  const made =
    processors.get(format) ?? createProcessor({ format, rehypePlugins: [collectHeadingIds] });
  processors.set(format, made);
  return made;
}

/**
 * Results by format and body. One run compiles each body once anyway; the memo is for a process
 * that checks the same content many times over, such as the tests of the broken-content fixtures.
 */
const compiled = new Map<string, Promise<CompiledBody>>();

/**
 * Runs one Markdown or MDX body through the MDX compiler's every step but writing the
 * JavaScript out, to find what would stop the build and to learn the page's #anchors.
 * GFM is left out: it adds no MDX errors, and the heading slugs drop the marks it reads.
 * @example await compileBody('## Om fundet', 'mdx') // { headingIds: ['om-fundet'] }
 */
export function compileBody(body: string, format: BodySource['format']): Promise<CompiledBody> {
  const key = `${format}\n${body}`;
  const result = compiled.get(key) ?? compile(body, format);
  compiled.set(key, result);
  return result;
}

async function compile(body: string, format: BodySource['format']): Promise<CompiledBody> {
  const processor = processorFor(format);
  try {
    const tree = processor.parse(body);
    // The callback form, because only it hands back the file the plugins wrote to.
    const file = await new Promise<FileData | undefined>((resolve, reject) => {
      // The MDX processor's types start the run at the JavaScript tree; it starts at Markdown.
      const markdown = tree as unknown as Parameters<typeof processor.run>[0];
      processor.run(markdown, body, (error, _tree, done) => {
        if (error) reject(error);
        else resolve(done);
      });
    });
    return { headingIds: (file?.data['headingIds'] as string[] | undefined) ?? [] };
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    // The position is given as the line of the report; "(3:1-3:5)" in the text would repeat it.
    const reason = (place.reason ?? place.message ?? String(error)).replace(
      /\s*\(\d+:\d+(-\d+:\d+)?\)/g,
      '',
    );
    return { error: { line: place.line ?? 1, reason }, headingIds: [] };
  }
}
