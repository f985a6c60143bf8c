import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

/** A file under content/, read as text and split into data and body, before any schema. */
export interface SourceFile {
  /** The collection its folder belongs to, or undefined for a stray file. */
  collection: string | undefined;
  /** The entry id: the path under the collection folder without extension. */
  id: string;
  /** The path as editors see it, such as `content/findings/x.mdx`. */
  file: string;
  text: string;
  /** The frontmatter (or the whole YAML file) as data; undefined when it cannot be read. */
  data: unknown;
  /** The Markdown or MDX after the frontmatter; empty for YAML files. */
  body: string;
  /** The 1-based line where the body starts. */
  bodyLine: number;
  /** YAML syntax errors, with their lines. */
  yamlErrors: { line: number; message: string }[];
  /** The line of a field, by its path, for messages. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Folder and file types of each collection, as the content-type registry declares them. */
export type CollectionSources = Record<string, { folder: string; extensions: readonly string[] }>;

/**
 * The 1-based line of a position in a text that starts at `firstLine` of its file.
 * @example lineAt('a\nb', 2, 10) // 11
 */
export function lineAt(text: string, offset: number, firstLine: number): number {
  return firstLine + text.slice(0, offset).split('\n').length - 1;
}

/** Finds the line of the deepest existing node on a path in a YAML document. */
function lineFinder(doc: Document, text: string, firstLine: number): SourceFile['lineOf'] {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const keys = path.slice(0, depth) as (string | number)[];
      const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
      if (node?.range && (depth > 0 || isMap(node) || isSeq(node))) {
        return lineAt(text, node.range[0], firstLine);
      }
    }
    return undefined;
  };
}

/**
 * Reads one content file: YAML frontmatter and body for Markdown/MDX, the whole file for YAML.
 * @param file the path shown to editors
 */
export function parseSource(
  text: string,
  file: string,
  collection: string | undefined,
  id: string,
): SourceFile {
  const isYaml = /\.ya?ml$/.test(file);
  const match = isYaml ? null : /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const yamlText = isYaml ? text : (match?.[1] ?? '');
  const firstLine = isYaml ? 1 : 2;
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const yamlErrors = doc.errors.map((error) => ({
    line: lineAt(yamlText, error.pos[0], firstLine),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  if (!isYaml && !match) {
    yamlErrors.push({
      line: 1,
      message: 'filen skal begynde med frontmatter mellem to linjer med ---',
    });
  }
  return {
    collection,
    id,
    file,
    text,
    data: yamlErrors.length > 0 ? undefined : doc.toJS(),
    body: isYaml ? '' : text.slice(match?.[0].length ?? 0),
    bodyLine: isYaml ? 0 : (match?.[0].split('\n').length ?? 1),
    yamlErrors,
    lineOf: lineFinder(doc, yamlText, firstLine),
  };
}

/**
 * Reads every file under a content folder and tells which collection each belongs to.
 * @param root the project folder that holds content/
 * @param contentDir the content folder itself
 */
export function readContentTree(
  root: string,
  contentDir: string,
  sources: CollectionSources,
): SourceFile[] {
  const paths = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name))
    .sort();
  return paths.map((path) => {
    const inContent = relative(contentDir, path);
    const [folder = '', ...rest] = inContent.split('/');
    const entry = Object.entries(sources).find(([, source]) => source.folder === folder);
    const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1] ?? '';
    const collection = entry && entry[1].extensions.includes(extension) ? entry[0] : undefined;
    const id = rest.join('/').replace(/\.[a-z0-9]+$/i, '');
    const file = relative(root, path);
    const shown = file.startsWith('..') ? `content/${inContent}` : file;
    return parseSource(readFileSync(path, 'utf8'), shown, collection, id);
  });
}
