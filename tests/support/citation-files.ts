import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { apaCitations, type CslItem } from '../../src/lib/citation-output.ts';

/**
 * The ready-to-copy citation line: APA 7 in Danish, so a missing date reads »u.å.«
 * and months are lowercase.
 * @example apaCitation({ id: 's', type: 'report', title: 'Case', author: [{ literal: 'Connector' }], language: 'da' }) // 'Connector. (u.å.). Case.'
 */
export function apaCitation(item: CslItem): string {
  return apaCitations([item]).get(item.id) ?? '';
}

/**
 * Reads a citation file back with the same library, for checking what readers' tools will see.
 * @returns the title and the issued date parts of the first record
 */
export function readCitationFile(text: string): { title: string; issued: number[] | undefined } {
  const [record] = new Cite(text).data as {
    title?: string;
    issued?: { 'date-parts'?: number[][] };
  }[];
  return { title: record?.title ?? '', issued: record?.issued?.['date-parts']?.[0] };
}
