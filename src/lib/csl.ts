// The records the site cites, in CSL-JSON; kept free of citation-js so any module can use them.

/** A date in CSL's date parts: year, month and day. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/**
 * A bibliographic record in CSL-JSON, the form citation-js reads and writes. Everything the site
 * cites is a report: a finding is a report section of this site, a source a report of its
 * institution. The author is always one organisation, written as a single name.
 */
export interface CslItem {
  /** The citation key reference managers file the record under. */
  id: string;
  type: 'report';
  title: string;
  author: { literal: string }[];
  /** The institution that issued the report; BibTeX's `institution`, RIS's PB. */
  publisher: string;
  issued?: CslDate;
  /** The date the cited version was read; the version's own date, so builds are reproducible. */
  accessed?: CslDate;
  /** The series: for a finding, the site. */
  'collection-title'?: string;
  /** What kind of report, such as »Bilag til udvalgssag«. */
  genre?: string;
  /** The report number: a finding's id, a source's document or case number. */
  number?: string;
  version?: string;
  URL?: string;
  language: 'da';
  /**
   * A source's case and document numbers, which CSL has no fields for (CSL 1.0.2 keeps such data
   * in `custom`); the ready-to-copy line names them in words.
   */
  custom?: { caseNumber?: string; documentNumber?: string };
}

/**
 * Turns an ISO date into CSL's date parts.
 * @example dateParts('2026-11-25') // { 'date-parts': [[2026, 11, 25]] }
 */
export function dateParts(date: string): CslDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/**
 * The ISO date of CSL date parts.
 * @example isoDate({ 'date-parts': [[2026, 11, 5]] }) // '2026-11-05'
 */
export function isoDate(date: CslDate): string {
  return date['date-parts'][0].map((part) => String(part).padStart(2, '0')).join('-');
}
