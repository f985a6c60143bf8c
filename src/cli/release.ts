// `npm run release -- F03 "Hvad er ændret"`: archives the current version of a finding or guide
// under content/versions/, raises its version and adds the change log line.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_TYPES } from '../content-types.ts';
import { contentDir as configuredContentDir } from '../lib/content-dir.ts';
import { parseSource } from '../lib/content-source.ts';
import { release } from '../lib/release.ts';
import { VERSIONED, type VersionedCollection } from '../lib/version-text.ts';

const args = process.argv.slice(2);
const correction = args.includes('--rettelse');
const [ref, note, ...rest] = args.filter((arg) => arg !== '--rettelse');
const contentDir = resolve(process.cwd(), configuredContentDir());

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!ref || !note || rest.length > 0) {
  fail(
    'Brug: npm run release -- <id eller navn> "Hvad er ændret" [--rettelse]\n' +
      'For eksempel: npm run release -- F03 "Udfaldet er skrevet om."',
  );
}

/** The versioned entry a reference names: a finding's id (F03) or any entry's file name. */
function findEntry(name: string) {
  for (const collection of Object.keys(VERSIONED) as VersionedCollection[]) {
    const folder = join(contentDir, CONTENT_TYPES[collection].folder);
    for (const fileName of existsSync(folder) ? readdirSync(folder) : []) {
      const id = fileName.replace(/\.mdx?$/, '');
      if (id === fileName) continue;
      const path = join(folder, fileName);
      const text = readFileSync(path, 'utf8');
      const data = parseSource(text, path, collection, id).data as { id?: string } | undefined;
      if (id === name || data?.id === name) return { collection, path, id, text, data };
    }
  }
  return fail(`Intet resultat eller ingen vejledning hedder "${name}".`);
}

const entry = findEntry(ref);
const originId = (entry.data as { origin?: string } | undefined)?.origin;
const originFile = originId
  ? join(contentDir, CONTENT_TYPES.origins.folder, `${originId}.yaml`)
  : '';
const origin = originFile && existsSync(originFile) ? parse(readFileSync(originFile, 'utf8')) : {};
const today = new Date().toISOString().slice(0, 10);
const result = release(
  entry.collection,
  entry,
  { note, date: process.env['RELEASE_DATE'] ?? today, correction },
  origin,
);
const archive = join(contentDir, CONTENT_TYPES.versions.folder, result.archivePath);
if (existsSync(archive)) fail(`Version ${result.previous} er allerede arkiveret i ${archive}.`);
mkdirSync(dirname(archive), { recursive: true });
writeFileSync(archive, result.archiveText);
writeFileSync(entry.path, result.entryText);
console.log(
  `${ref} er nu version ${result.next}. Version ${result.previous} er gemt i ${archive} og får sin egen side.\n` +
    'Byg webstedet med npm run urls:record, så den nye versions adresse kommer på listen over udgivne adresser.',
);
