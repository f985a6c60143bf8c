import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** One file under content/, with its frontmatter or data parsed. */
export interface ContentFile {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The whole file as written. */
  text: string;
}

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? walk(join(dir, item.name)) : [join(dir, item.name)],
  );
}

/** Splits a Markdown or MDX file into its YAML frontmatter and body. */
function splitFrontmatter(text: string, file: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: mangler frontmatter mellem to linjer med ---`);
  return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** Reads every content file, the way the site's collections see them. */
export function readContentFiles(): ContentFile[] {
  return walk(CONTENT).map((path) => {
    const file = relative(ROOT, path);
    const [, collection = '', ...rest] = file.split('/');
    const id = rest.join('/').replace(/\.(mdx?|ya?ml)$/, '');
    const text = readFileSync(path, 'utf8');
    const { data, body } = /\.ya?ml$/.test(path) ? { data: parse(text), body: '' } : splitFrontmatter(text, file);
    return { collection, id, file, data: data as Record<string, unknown>, body, text };
  });
}
