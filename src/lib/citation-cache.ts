import type { CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../content-types.ts';
import { site } from '../site.config.ts';
import { apaCitations, type CslItem } from './citation-output.ts';
import { findingRecord, sourceRecord } from './citation-records.ts';
import { getFindings, getSources } from './content.ts';
import { absoluteUrl, entryUrl } from './urls.ts';

/** The collections whose entries can be cited with files of their own. */
export type CitableCollection = 'findings' | 'sources';

/** A finding or source with its citation record and the URL section its files live under. */
export interface CitableRecord {
  /** The folder under /citat/, the collection's own URL segment. */
  section: string;
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

/** A finding's citation record, with its canonical URL. */
export function findingCitationRecord(finding: CollectionEntry<'findings'>): CslItem {
  return findingRecord(finding.data, absoluteUrl(entryUrl('findings', finding.id), site.origin));
}

/** Every finding and source as a citation record, for the citation files and the pages that link them. */
export async function getCitableRecords(): Promise<CitableRecord[]> {
  const [findings, sources] = await Promise.all([getFindings(), getSources()]);
  const section = (collection: CitableCollection) =>
    CONTENT_TYPES[collection].route.path.slice(1, -1);
  return [
    ...findings.map((f) => ({
      section: section('findings'),
      slug: f.id,
      record: findingCitationRecord(f),
    })),
    ...sources.map((s) => ({
      section: section('sources'),
      slug: s.id,
      record: sourceRecord(s.data, s.id),
    })),
  ];
}

let citationLines: Promise<Map<string, string>> | undefined;

/**
 * The ready-to-copy citation line of a finding or source, by its record id. All lines are made
 * in one pass, once per build, and shared by every page.
 */
export async function getCitationLine(id: string): Promise<string> {
  citationLines ??= getCitableRecords().then((records) =>
    apaCitations(records.map((r) => r.record)),
  );
  const line = (await citationLines).get(id);
  if (!line) throw new Error(`Intet citat for "${id}"`);
  return line;
}
