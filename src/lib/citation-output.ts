import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import danishLocale from '../data/csl/locales-da-DK.xml?raw';
import type { CitationExtension } from './citation-formats.ts';

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

plugins.config.get('@csl').locales.add('da-DK', danishLocale);

/** Turns an ISO date into CSL's date parts. */
export function dateParts(isoDate: string): { 'date-parts': [[number, number, number]] } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/**
 * The citation lines of many records, by id. Each record is formatted on its own: formatted
 * together, APA would tell records of one author and year apart as 2026a, 2026b, which is wrong
 * for a line that stands alone.
 */
export function apaCitations(items: readonly CslItem[]): Map<string, string> {
  return new Map(
    items.map((item) => [
      item.id,
      new Cite([item])
        .format('bibliography', { format: 'text', template: 'apa', lang: 'da-DK' })
        .trim(),
    ]),
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
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}- |$)/g, '');
}
