/**
 * The folder the collections are read from, relative to the project: `content`, or the folder
 * named by the environment variable CONTENT_DIR, so another corpus (such as the benchmark's
 * synthetic one) can be built without touching content/.
 * @example contentDir({ CONTENT_DIR: 'bench/work/1000/corpus' }) // 'bench/work/1000/corpus'
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const named = env['CONTENT_DIR']?.trim();
  return named ? named.replace(/\/+$/, '') : 'content';
}

/** The file at the top of the content folder that names the site and holds its own texts. */
export const SITE_TEXT_FILE = 'site.yaml';

/** The editors' change log of the content, read by people, never by the build. */
export const CONTENT_CHANGES_FILE = 'CHANGES.md';
