import { site } from '../site.config.ts';
import { dateParts, type CslItem } from './csl.ts';

/** The fields of a finding that its citation needs: the finding as it stands, or one version of it. */
export interface CitableFinding {
  /** The permanent id, such as F07: the report number, never part of the title. */
  id: string;
  title: string;
  published: string;
  version: string;
  /** ISO date of this version; the first publication's date when not given. */
  issued?: string | undefined;
}

/** The fields of a source document that its citation needs. */
export interface CitableSource {
  documentTitle: string;
  /** The most specific unit behind the document: the author. */
  institution: string;
  /** The body the unit belongs to, such as a municipality: the publisher. */
  parentInstitution?: string | undefined;
  documentType: string;
  date?: string | undefined;
  caseNumber?: string | undefined;
  documentNumber?: string | undefined;
}

/**
 * An organisation as the one author of a record. Reference managers read a comma in a name as
 * »Last, First« (Zotero's RIS and meta-tag readers among them), so a name with one stops the build.
 * @example organisation('Connector') // { literal: 'Connector' }
 */
export function organisation(name: string): { literal: string } {
  if (name.includes(','))
    throw new Error(
      `»${name}« er forfatter i citater og må ikke indeholde komma: referenceværktøjer læser det som »Efternavn, Fornavn«. Skriv den mest specifikke enhed som forfatter og den overordnede myndighed som udgiver.`,
    );
  return { literal: name };
}

/**
 * A finding as a report section of this site: the site's publisher is the author and the
 * institution, the site the series, the id the report number. The record's key is the id and
 * the version, such as F07-v1.1, so each version of a finding has its own; the date is the
 * version's own, and it is also the access date, so every build writes the same files.
 * @param url the address of the finding, or of the version, that is cited
 */
export function findingRecord(finding: CitableFinding, url: string): CslItem {
  const date = dateParts(finding.issued ?? finding.published);
  return {
    id: `${finding.id}-v${finding.version}`,
    type: 'report',
    title: finding.title,
    author: [organisation(site.publisher)],
    publisher: site.publisher,
    issued: date,
    accessed: date,
    'collection-title': site.name,
    number: finding.id,
    version: finding.version,
    URL: url,
    language: 'da',
  };
}

/**
 * A source document as its institution published it; the institution is the author, never a
 * person. A unit of a larger body is the author and the body the publisher, as APA 7 cites a
 * government sub-agency. The document number is the report number, or the case number when
 * there is no document number; both are kept in `custom` for the citation line.
 * @param id a short key for reference managers, such as the source's slug
 */
export function sourceRecord(source: CitableSource, id: string): CslItem {
  const number = source.documentNumber ?? source.caseNumber;
  const custom = {
    ...(source.caseNumber ? { caseNumber: source.caseNumber } : {}),
    ...(source.documentNumber ? { documentNumber: source.documentNumber } : {}),
  };
  return {
    id,
    type: 'report',
    title: source.documentTitle,
    author: [organisation(source.institution)],
    publisher: source.parentInstitution ?? source.institution,
    ...(source.date ? { issued: dateParts(source.date) } : {}),
    genre: source.documentType,
    ...(number ? { number, custom } : {}),
    language: 'da',
  };
}
