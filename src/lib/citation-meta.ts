import { isoDate, type CslItem } from './csl.ts';

/*
 * How a page tells reference managers what it cites. Zotero's readers were checked in its
 * translators: Embedded Metadata reads citation_* tags (Highwire, as Google Scholar does) and
 * Dublin Core, and passes every author it finds there (citation_author, DC.creator, meta
 * name=author, article:author, a byline) through a personal-name parser that makes
 * »Mål- og Rammekontoret for Voksne« a person with first name »Mål- og Rammekontoret for« –
 * no meta tag yields an organisation as one name. COinS does: `rft.aucorp` becomes one
 * institutional author. Zotero prefers COinS (priority 310) to Embedded Metadata (320).
 *
 * So a cited page carries
 * - the citation_* tags without any author, for Google Scholar and for Embedded Metadata, where
 *   citation_technical_report_institution makes the item a report with the number, series,
 *   institution and URL;
 * - Dublin Core that describes the same work, without DC.creator and without DC.type (its value
 *   becomes the report type: »Text«);
 * - one empty COinS span (see coinsContext), from which Zotero takes the item with its author.
 */

/**
 * The meta tags that describe the cited work: Highwire citation_* tags and the Dublin Core
 * that replaces the page's own. The page's layout adds DC.identifier (the page's address).
 * @param licence the work's licence, only when it is the site's own text
 * @example citationMetaTags(record)['citation_technical_report_number'] // 'F07'
 */
export function citationMetaTags(record: CslItem, licence?: string): Record<string, string> {
  const date = record.issued ? isoDate(record.issued) : undefined;
  const tags: Record<string, string | undefined> = {
    citation_title: record.title,
    // Google Scholar's form; one date tag only, since Zotero keeps the last one it finds.
    citation_publication_date: date?.replaceAll('-', '/'),
    citation_technical_report_institution: record.publisher,
    citation_technical_report_number: record.number,
    citation_publisher: record.publisher,
    citation_series_title: record['collection-title'],
    citation_public_url: record.URL,
    citation_language: record.language,
    'DC.title': record.title,
    'DC.publisher': record.publisher,
    // A work without a date gets none, rather than the date the page was last changed.
    'DC.date': date,
    'DC.language': record.language,
    'DC.rights': licence,
  };
  return Object.fromEntries(
    Object.entries(tags).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * The record as a COinS context object (OpenURL 1.0), the title of an empty `span.Z3988`:
 * a report (book format, genre report) with its organisation as `rft.aucorp`, which Zotero
 * keeps as one institutional name. OpenURL has no key for a report number; the meta tags and
 * the files carry it.
 * @example coinsContext(record).startsWith('ctx_ver=Z39.88-2004&') // true
 */
export function coinsContext(record: CslItem): string {
  const pairs: [string, string | undefined][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', 'report'],
    ['rft.btitle', record.title],
    ...record.author.map((author): [string, string] => ['rft.aucorp', author.literal]),
    ['rft.date', record.issued && isoDate(record.issued)],
    ['rft.pub', record.publisher],
    ['rft.series', record['collection-title']],
    ['rft_id', record.URL],
    ['rft.language', record.language],
  ];
  // Percent-encoded throughout. Zotero reads both + and %2B as a space, so a plus sign in a
  // title would come out as a space; no title has one.
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}
