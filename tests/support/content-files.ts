import { join } from 'node:path';
import { CONTENT_TYPES } from '../../src/content-types.ts';
import { isDocumentText } from '../../src/checks/quotations.ts';
import { SITE_FILES } from '../../src/checks/stray-files.ts';
import { readContentTree } from '../../src/lib/content-source.ts';

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

/** Reads every content file, the way `npm run check` and the site's collections see them. */
export function readContentFiles(): ContentFile[] {
  return (
    readContentTree(ROOT, join(ROOT, 'content'), CONTENT_TYPES)
      // The site's own files (site.yaml, published-urls.txt, CHANGES.md) sit beside the
      // collections, and the sources' plain texts beside their entries.
      .filter(
        (file) =>
          file.collection ||
          (!SITE_FILES.some((name) => file.file === `content/${name}`) && !isDocumentText(file)),
      )
      .map((file) => ({
        collection: file.collection ?? `(ingen samling: ${file.file})`,
        id: file.id,
        file: file.file,
        data: (file.data ?? {}) as Record<string, unknown>,
        body: file.body,
        text: file.text,
      }))
  );
}
