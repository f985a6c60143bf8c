import type { CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../content-types.ts';
import { site } from '../site.config.ts';
import { lastChange } from './changelog.ts';
import { apaCitation } from './citation-output.ts';
import { findingRecord, sourceRecord } from './citation-records.ts';
import { getFindings, getSources } from './content.ts';
import type { CslItem } from './csl.ts';
import { shortFindingPath } from './redirects.ts';
import { absoluteUrl, entryUrl } from './urls.ts';
import { getVersions, type Version } from './versions.ts';

/** The collections whose entries can be cited with files of their own. */
export type CitableCollection = 'findings' | 'sources';

/** A finding or source with its citation record and the URL section its files live under. */
export interface CitableRecord {
  /** The folder under /citat/, the collection's own URL segment. */
  section: string;
  /** The file's path under the section, without extension; it may contain slashes. */
  slug: string;
  record: CslItem;
}

/**
 * Where an entry's citation files live, without extension.
 * @example citationFileBase('findings', 'x') // '/citat/resultater/x'
 */
export function citationFileBase(collection: CitableCollection, slug: string): string {
  return `/citat${CONTENT_TYPES[collection].route.path}${slug}`;
}

/**
 * A finding's citation record as it stands, with its canonical URL. Its date is that of the
 * newest version, the one the page shows.
 */
function findingCitationRecord(finding: CollectionEntry<'findings'>): CslItem {
  const { data } = finding;
  return findingRecord(
    { ...data, issued: lastChange(data.changelog) ?? data.updated },
    absoluteUrl(entryUrl('findings', finding.id), site.origin),
  );
}

/**
 * What a finding's box »Sådan citerer du« shows: its record and files, its fixed short address,
 * and the records of the sources it rests on, each once, to cite as well.
 * @param sources the finding's sources, resolved
 */
export function findingCitation(
  finding: CollectionEntry<'findings'>,
  sources: readonly CollectionEntry<'sources'>[],
) {
  const unique = sources.filter(
    (source, index) => sources.findIndex((other) => other.id === source.id) === index,
  );
  return {
    record: findingCitationRecord(finding),
    fileBase: citationFileBase('findings', finding.id),
    shortAddress: absoluteUrl(shortFindingPath(finding.data.id), site.origin),
    sourceRecords: unique.map((source) => sourceRecord(source.data, source.id)),
  };
}

/**
 * One version of a finding as its own citation: that version's title, number and date, and the
 * address of its page, which always shows that version.
 */
export function findingVersionCitation(
  finding: CollectionEntry<'findings'>,
  version: Pick<Version, 'title' | 'version' | 'date' | 'url' | 'slug'>,
) {
  return {
    record: findingRecord(
      { ...finding.data, title: version.title, version: version.version, issued: version.date },
      absoluteUrl(version.url, site.origin),
    ),
    fileBase: `${citationFileBase('findings', finding.id)}/version/${version.slug}`,
  };
}

/**
 * Every finding, every version of it and every source as a citation record, for the citation
 * files and the pages that link them.
 */
export async function getCitableRecords(): Promise<CitableRecord[]> {
  const [findings, sources] = await Promise.all([getFindings(), getSources()]);
  const section = (collection: CitableCollection) =>
    CONTENT_TYPES[collection].route.path.slice(1, -1);
  const versions = await Promise.all(
    findings.map(async (f) =>
      (await getVersions('findings', f)).map((version) => ({
        section: section('findings'),
        slug: `${f.id}/version/${version.slug}`,
        record: findingVersionCitation(f, version).record,
      })),
    ),
  );
  return [
    ...findings.map((f) => ({
      section: section('findings'),
      slug: f.id,
      record: findingCitationRecord(f),
    })),
    ...versions.flat(),
    ...sources.map((s) => ({
      section: section('sources'),
      slug: s.id,
      record: sourceRecord(s.data, s.id),
    })),
  ];
}

const citationLines = new Map<string, string>();

/**
 * The ready-to-copy citation line of a record, made once per build and shared by every page
 * that shows it. A record is known by its key and address, so a version's record, which no
 * list holds, has its own line.
 */
export function getCitationLine(record: CslItem): string {
  const key = `${record.id} ${record.URL ?? ''}`;
  let line = citationLines.get(key);
  if (line === undefined) {
    line = apaCitation(record);
    citationLines.set(key, line);
  }
  return line;
}
