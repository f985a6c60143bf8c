import { Scalar, YAMLSeq, parseDocument, stringify } from 'yaml';
import { CONTENT_TYPES } from '../content-types.ts';
import { lastChange } from './changelog.ts';
import { parseSource } from './content-source.ts';
import {
  VERSIONED,
  versionSlug,
  type FindingFields,
  type GuideFields,
  type VersionedCollection,
} from './version-text.ts';

/** What `npm run release` writes: the archived version and the entry raised to the next one. */
export interface Release {
  /** The archived version's file, relative to the versions folder: `<type folder>/<id>/1-0.md`. */
  archivePath: string;
  archiveText: string;
  /** The entry's file with the new version, date and change log line. */
  entryText: string;
  previous: string;
  next: string;
}

/**
 * The next version after a release.
 * @example nextVersion('1.9') // '1.10'
 */
export function nextVersion(version: string): string {
  const [major = '1', minor = '0'] = version.split('.');
  return `${major}.${Number(minor) + 1}`;
}

/**
 * A version's archive file: its title, number and date as frontmatter, its text as the body.
 * @param fields the entry's fields as that version had them (with the origin's evidence filled in)
 */
export function archiveFile(
  collection: VersionedCollection,
  fields: Record<string, unknown>,
  body: string,
): { version: string; text: string } {
  const version = String(fields['version']);
  const changelog = (fields['changelog'] ?? []) as { date: string }[];
  const date = lastChange(changelog) ?? String(fields['published']);
  const text = VERSIONED[collection](fields as FindingFields & GuideFields, body);
  // The yaml library quotes what would not read back as text, such as the version 1.0.
  const frontmatter = stringify({ title: fields['title'], version, date }, { lineWidth: 0 });
  return { version, text: `---\n${frontmatter}---\n\n${text}\n` };
}

/**
 * Archives an entry's current text and raises it to the next version with a change log line.
 * Only the frontmatter fields it changes are rewritten; the rest of the file stays as it was.
 * @param file the entry's file as text
 * @param origin the entry's origin's fields, for what the entry takes from it (a finding's evidence)
 */
export function release(
  collection: VersionedCollection,
  file: { path: string; id: string; text: string },
  change: { note: string; date: string; correction?: boolean },
  origin: { evidence?: unknown } = {},
): Release {
  const source = parseSource(file.text, file.path, collection, file.id);
  const data = source.data as Record<string, unknown> | undefined;
  if (!data) throw new Error(`${file.path}: frontmatter kan ikke læses`);
  if (typeof data['version'] !== 'string') throw new Error(`${file.path}: feltet version mangler`);
  const archive = archiveFile(collection, { evidence: origin.evidence, ...data }, source.body);
  const next = nextVersion(archive.version);
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(file.text);
  const doc = parseDocument(match?.[1] ?? '');
  doc.set('version', Object.assign(new Scalar(next), { type: Scalar.QUOTE_DOUBLE }));
  doc.set('updated', change.date);
  const line = doc.createNode({
    date: change.date,
    version: next,
    note: change.note,
    ...(change.correction ? { correction: true } : {}),
  });
  const changelog = doc.get('changelog', true);
  if (changelog instanceof YAMLSeq) changelog.items.unshift(line);
  else doc.set('changelog', doc.createNode([line]));
  (doc.getIn(['changelog', 0, 'version'], true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  return {
    archivePath: `${CONTENT_TYPES[collection].folder}/${file.id}/${versionSlug(archive.version)}.md`,
    archiveText: archive.text,
    entryText: `---\n${doc.toString({ lineWidth: 0 })}---\n${file.text.slice(match?.[0].length ?? 0)}`,
    previous: archive.version,
    next,
  };
}
