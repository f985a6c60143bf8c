import { site } from '../site.config.ts';
import { dateParts, type CslItem } from './citation-output.ts';

/** The fields of a finding that its citation needs. */
export interface CitableFinding {
  id: string;
  title: string;
  published: string;
  version: string;
}

/** The fields of a source document that its citation needs. */
export interface CitableSource {
  documentTitle: string;
  institution: string;
  documentType: string;
  date?: string | undefined;
  caseNumber?: string | undefined;
  documentNumber?: string | undefined;
}

/**
 * A finding as a web page of this site: the site's publisher is the author, as for all the site's own text.
 * @param url the finding's canonical URL
 */
export function findingRecord(finding: CitableFinding, url: string): CslItem {
  return {
    id: finding.id,
    type: 'webpage',
    title: `${finding.id}: ${finding.title}`,
    author: [{ literal: site.publisher }],
    issued: dateParts(finding.published),
    'container-title': site.name,
    version: finding.version,
    URL: url,
    language: 'da',
  };
}

/**
 * A source document as the institution published it; the institution is the author, never a person.
 * @param id a short key for reference managers, such as the source's slug
 */
export function sourceRecord(source: CitableSource, id: string): CslItem {
  return {
    id,
    type: 'report',
    title: source.documentTitle,
    author: [{ literal: source.institution }],
    ...(source.date ? { issued: dateParts(source.date) } : {}),
    // Case and document numbers go in the genre: CSL's number field would print them as an English range.
    genre: [
      source.documentType,
      ...(source.caseNumber ? [`sagsnr. ${source.caseNumber}`] : []),
      ...(source.documentNumber ? [`dokumentnr. ${source.documentNumber}`] : []),
    ].join(', '),
    language: 'da',
  };
}
