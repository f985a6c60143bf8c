// `npm run new -- <type> "<Titel>"`: creates a correctly named content file with placeholders.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONTENT_TYPES } from '../content-types.ts';
import { contentDir as configuredContentDir } from '../lib/content-dir.ts';
import {
  ENTRY_KINDS,
  entryTemplate,
  nextFindingId,
  type EntryKind,
} from '../lib/entry-templates.ts';
import { slugify } from '../lib/slug.ts';
import { siteText } from '../site.config.ts';

const [kind, title, ...rest] = process.argv.slice(2);
const contentDir = resolve(process.cwd(), configuredContentDir());
const kinds = Object.keys(ENTRY_KINDS).join(', ');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!kind || !title || rest.length > 0)
  fail(`Brug: npm run new -- <type> "<Titel>"\nTyper: ${kinds}`);
if (!(kind in ENTRY_KINDS)) fail(`Ukendt type "${kind}". Vælg en af: ${kinds}`);
const { folder, extension } = ENTRY_KINDS[kind]!;
const slug = slugify(title);
if (!slug) fail(`Titlen "${title}" giver intet filnavn; brug bogstaver eller tal.`);

const file = join(contentDir, folder, `${slug}.${extension}`);
const taken = ['md', 'mdx', 'yaml']
  .map((ext) => join(contentDir, folder, `${slug}.${ext}`))
  .find((path) => existsSync(path));
if (taken)
  fail(
    `${relative(process.cwd(), taken)} findes allerede. Intet er overskrevet; vælg en anden titel.`,
  );

/** The first match of a frontmatter field in every file of a collection's folder. */
function fieldValues(collectionFolder: string, pattern: RegExp): string[] {
  const dir = join(contentDir, collectionFolder);
  return existsSync(dir)
    ? readdirSync(dir).flatMap(
        (name) => pattern.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? [],
      )
    : [];
}

const ids = fieldValues(CONTENT_TYPES.findings.folder, /^id:\s*(F\d+)/m);
const orders = fieldValues(CONTENT_TYPES.phases.folder, /^order:\s*(\d+)/m).map(Number);
mkdirSync(join(contentDir, folder), { recursive: true });
const text = entryTemplate(kind as EntryKind, {
  title,
  today: new Date().toISOString().slice(0, 10),
  nextFindingId: nextFindingId(ids),
  nextPhaseOrder: Math.max(0, ...orders) + 1,
  defaults: siteText.newEntry,
});
writeFileSync(file, text, { flag: 'wx' });
console.log(
  `Oprettet: ${relative(process.cwd(), file)}\nUdfyld alle felter med UDFYLD, og kør derefter: npm run check`,
);
