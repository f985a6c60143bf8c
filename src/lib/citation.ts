import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import danishLocale from '../data/csl/locales-da-DK.xml?raw';

/** A bibliographic record in CSL-JSON, the form citation-js reads and writes. */
export interface CslItem {
  id: string;
  type: 'webpage' | 'report';
  title: string;
  author: { literal: string }[];
  issued?: { 'date-parts': [[number, number, number]] };
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  version?: string;
  URL?: string;
  language: 'da';
}

/** The download formats, by file extension. */
export const CITATION_FORMATS = {
  ris: { name: 'RIS', mediaType: 'application/x-research-info-systems' },
  bib: { name: 'BibTeX', mediaType: 'application/x-bibtex' },
  json: { name: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const;

/** A download format's file extension. */
export type CitationExtension = keyof typeof CITATION_FORMATS;

plugins.config.get('@csl').locales.add('da-DK', danishLocale);

/** Turns an ISO date into CSL's date parts. */
export function dateParts(isoDate: string): { 'date-parts': [[number, number, number]] } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/**
 * The ready-to-copy citation line: APA 7 in Danish, so a missing date reads »u.å.«
 * and months are lowercase.
 * @example apaCitation({ id: 's', type: 'report', title: 'Case', author: [{ literal: 'Connector' }], language: 'da' }) // 'Connector. (u.å.). Case.'
 */
export function apaCitation(item: CslItem): string {
  return apaCitations([item]).get(item.id) ?? '';
}


/**
 * The citation lines of many records, by id. Each record is formatted on its own: formatted
 * together, APA would tell records of one author and year apart as 2026a, 2026b, which is wrong
 * for a line that stands alone.
 */
export function apaCitations(items: readonly CslItem[]): Map<string, string> {
  return new Map(
    items.map((item) => [item.id, new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'da-DK' }).trim()]),
  );
}

/**
 * The citation as a downloadable file, written by citation-js rather than by string templates.
 * @example citationFile(item, 'ris').startsWith('TY  - ') // true
 */
export function citationFile(item: CslItem, extension: CitationExtension): string {
  if (extension === 'json') return `${JSON.stringify([item], null, 2)}\n`;
  const cite = new Cite([item]);
  return extension === 'ris' ? unwrapRis(cite.format('ris')) : cite.format('bibtex');
}

/**
 * Joins the lines citation-js's RIS writer breaks every 70 characters. Readers, citation-js
 * itself included, take the break for a space, so a title or URL would come back changed.
 * @example unwrapRis('TI  - abc\ndef\nER  - ') // 'TI  - abcdef\nER  - '
 */
export function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9]  - |$)/g, '');
}

/**
 * Reads a citation file back with the same library, for checking what readers' tools will see.
 * @returns the title and the issued date parts of the first record
 */
export function readCitationFile(text: string): { title: string; issued: number[] | undefined } {
  const [record] = new Cite(text).data as { title?: string; issued?: { 'date-parts'?: number[][] } }[];
  return { title: record?.title ?? '', issued: record?.issued?.['date-parts']?.[0] };
}
