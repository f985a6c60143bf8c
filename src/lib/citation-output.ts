import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import danishLocale from '../data/csl/locales-da-DK.xml?raw';
import { bibtexEntry } from './bibtex.ts';
import type { CitationExtension } from './citation-formats.ts';
import type { CslItem } from './csl.ts';

plugins.config.get('@csl').locales.add('da-DK', danishLocale);

/**
 * The record as the APA line wants it. APA 7 leaves the publisher out when it is also the
 * author. Case and document numbers go in the bracketed description in words: CSL would read
 * »2014-0103582-3« as a range and print »Nr. 2014-0103582–3«.
 */
function apaInput(item: CslItem): Record<string, unknown> {
  const { publisher, number, genre, custom, ...rest } = item;
  const numbers = [
    custom?.caseNumber ? `sagsnr. ${custom.caseNumber}` : '',
    custom?.documentNumber ? `dokumentnr. ${custom.documentNumber}` : '',
  ].filter(Boolean);
  const isAuthor = item.author.length === 1 && item.author[0]?.literal === publisher;
  return {
    ...rest,
    ...(isAuthor ? {} : { publisher }),
    ...(numbers.length > 0
      ? { genre: [genre, ...numbers].filter(Boolean).join(', ') }
      : { ...(genre ? { genre } : {}), ...(number ? { number } : {}) }),
  };
}

/**
 * The ready-to-copy citation line of one record: APA 7 in Danish, so a missing date reads
 * »u.å.« and months are lowercase. Each record is formatted on its own: formatted together,
 * APA would tell records of one author and year apart as 2026a, 2026b, which is wrong for a
 * line that stands alone.
 * @example apaCitation({ id: 's', type: 'report', title: 'Case', author: [{ literal: 'Connector' }], publisher: 'Connector', language: 'da' }) // 'Connector. (u.å.). Case.'
 */
export function apaCitation(item: CslItem): string {
  return new Cite([apaInput(item)])
    .format('bibliography', { format: 'text', template: 'apa', lang: 'da-DK' })
    .trim();
}

/**
 * The citation as a downloadable file. CSL-JSON is the record itself; RIS is written by
 * citation-js (TY RPRT, AU, PB, SN, T2, M3, DA, Y2 for a report); BibTeX by bibtexEntry, because
 * citation-js writes `month = {nov 25}`, accent macros and the access date as a note.
 * @example citationFile(item, 'ris').startsWith('TY  - RPRT') // true
 */
export function citationFile(item: CslItem, extension: CitationExtension): string {
  if (extension === 'json') return `${JSON.stringify([item], null, 2)}\n`;
  if (extension === 'bib') return bibtexEntry(item);
  // Zotero reads a report's number from SN (RIS.js: SN → reportNumber for RPRT); IS and M1,
  // which other RIS writers use, end up in a note or in Extra.
  const ris = unwrapRis(new Cite([item]).format('ris'));
  return ris.endsWith('\n') ? ris : `${ris}\n`;
}

/**
 * Joins the lines citation-js's RIS writer breaks every 70 characters, and drops the empty
 * lines it leaves. Readers, citation-js itself included, take the break for a space, so a
 * title or URL would come back changed.
 * @example unwrapRis('TI  - abc\ndef\nER  - ') // 'TI  - abcdef\nER  - '
 */
export function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}- |$)/g, '');
}
