import { PUBLISHED_URLS_FILE } from '../integrations/published-urls.ts';
import { CONTENT_CHANGES_FILE, SITE_TEXT_FILE } from '../lib/content-dir.ts';
import type { SourceFile } from '../lib/content-source.ts';
import { isDocumentText } from './quotations.ts';
import type { AuditLine, Check } from './types.ts';

/**
 * Files that sit directly in the content folder and belong to the site, not to a collection:
 * its own texts (read by src/site.config.ts), the list of published URLs and the editors' change log.
 */
export const SITE_FILES = [SITE_TEXT_FILE, PUBLISHED_URLS_FILE, CONTENT_CHANGES_FILE];

/** True for one of the site's own files at the top of the content folder. */
function isSiteFile({ file, id }: SourceFile): boolean {
  return id === '' && SITE_FILES.some((name) => file.endsWith(`/${name}`));
}

/**
 * Reports files in no collection: in a folder the site does not know, or of a type the folder
 * does not hold. Such a file would silently never reach the site.
 */
export const strayFiles: Check<AuditLine[]> = (files) =>
  files
    .filter((file) => !file.collection && !isSiteFile(file) && !isDocumentText(file))
    .map(({ file }) => ({
      level: 'fejl',
      file,
      message:
        'filen hører ikke til nogen samling og ville ikke komme med på webstedet; ' +
        'læg den i den rigtige mappe under content/ med den rigtige filtype',
    }));
