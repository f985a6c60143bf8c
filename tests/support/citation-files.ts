import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/**
 * Reads a citation file back with citation-js, for a quick look at what a download holds; the
 * proof that other tools read the files right is tests/build/citation-import.test.ts.
 * @returns the title and the issued date parts of the first record
 */
export function readCitationFile(text: string): { title: string; issued: number[] | undefined } {
  const [record] = new Cite(text).data as {
    title?: string;
    issued?: { 'date-parts'?: number[][] };
  }[];
  return { title: record?.title ?? '', issued: record?.issued?.['date-parts']?.[0] };
}
