import type { CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../content-types.ts';
import { lastChange } from './changelog.ts';
import { published } from './content.ts';
import { findingEvidence } from './origins.ts';
import { entryAddress } from './urls.ts';
import {
  findingText,
  guideText,
  versionSlug,
  type VersionText,
  type VersionedCollection,
} from './version-text.ts';

/** One published version of an entry, the current one included. */
export interface Version {
  version: string;
  /** The version as it stands in the address, such as `1-0`. */
  slug: string;
  /** The day the version was published. */
  date: string;
  title: string;
  text: VersionText;
  /** The change log line of the version, when the log names it. */
  change?: { note: string; correction: boolean } | undefined;
  /** The version's own page. */
  url: string;
}

type VersionedEntry = CollectionEntry<'findings'> | CollectionEntry<'guides'>;

/**
 * The page of one version of an entry.
 * @example versionUrl('findings', 'x', '1.0') // '/resultater/x/version/1-0/'
 */
export function versionUrl(collection: VersionedCollection, id: string, version: string): string {
  const folder = CONTENT_TYPES[collection].folder;
  return entryAddress('versions', `${folder}/${id}/${versionSlug(version)}`)!;
}

/** The current version's text, made from the entry as the build shows it. */
async function currentText(collection: VersionedCollection, entry: VersionedEntry) {
  if (collection === 'findings') {
    const finding = entry as CollectionEntry<'findings'>;
    const { evidence } = await findingEvidence(finding);
    return findingText({ ...finding.data, evidence }, finding.body ?? '');
  }
  return guideText((entry as CollectionEntry<'guides'>).data, entry.body ?? '');
}

/** Compares version numbers as numbers: 1.10 comes after 1.9. */
function byVersion(a: { version: string }, b: { version: string }): number {
  const [aMajor = 0, aMinor = 0] = a.version.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.version.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/**
 * Every published version of an entry, oldest first: the archived ones from content/versions/
 * and the current one from the entry itself. The change log names each line's version; a log
 * written before it did so is matched to the versions by order, oldest line to oldest version.
 */
export function getVersions(
  collection: VersionedCollection,
  entry: VersionedEntry,
): Promise<Version[]> {
  // The entry's page, its version pages and the citation files all ask; a build works it out once.
  if (import.meta.env.DEV) return readVersions(collection, entry);
  const key = `${collection}/${entry.id}`;
  if (!known.has(key)) known.set(key, readVersions(collection, entry));
  return known.get(key)!;
}

const known = new Map<string, Promise<Version[]>>();

async function readVersions(
  collection: VersionedCollection,
  entry: VersionedEntry,
): Promise<Version[]> {
  const prefix = `${CONTENT_TYPES[collection].folder}/${entry.id}/`;
  const archived = (await published('versions')).filter((v) => v.id.startsWith(prefix));
  const { data } = entry;
  const versions = [
    ...archived.map((v) => ({ ...v.data, text: v.body ?? '' })),
    {
      version: data.version,
      date: lastChange(data.changelog) ?? data.published,
      title: data.title,
      text: await currentText(collection, entry),
    },
  ].sort(byVersion);
  const oldestFirst = [...data.changelog].reverse();
  return versions.map((v, index) => {
    const change =
      data.changelog.find((line) => line.version === v.version) ??
      (oldestFirst.length === versions.length ? oldestFirst[index] : undefined);
    return {
      ...v,
      slug: versionSlug(v.version),
      change: change && { note: change.note, correction: change.correction },
      url: versionUrl(collection, entry.id, v.version),
    };
  });
}
