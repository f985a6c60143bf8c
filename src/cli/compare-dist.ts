// `npm run compare:dist -- <before> <after>`: what a change did to the built site. Lists files
// added and removed, and for each changed page, citation file or feed a line diff of its text
// with hashed asset names and the build date folded, so a refactor shows only real changes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Brug: npm run compare:dist -- <mappe før> <mappe efter>');
  process.exit(1);
}

/** Files a reader or a tool can fetch; Pagefind's binary index chunks are compared by name only. */
function files(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((path) => statSync(join(root, path)).isFile())
    .filter((path) => !path.startsWith('_astro/'))
    .sort();
}

/** The file's text with what changes on every build folded away, one tag or line per line. */
function comparable(root: string, path: string): string {
  const text = readFileSync(join(root, path), 'utf8');
  return (
    text
      .replace(/\/_astro\/[\w.-]+?\.[\w-]{8}\.(css|js)/g, '/_astro/ASSET.$1')
      // Scoped-style ids follow the component's file path, which a refactor may move.
      .replace(/ data-astro-cid-\w+(="true")?/g, '')
      .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/g, '')
      .replace(/>\s*</g, '>\n<')
  );
}

/** What a reader sees of a page: its text, one sentence a line, white space kept as one space. */
function visibleText(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/([.:!?]) /g, '$1\n');
}

const left = new Set(files(before));
const right = new Set(files(after));
const textual = /\.(html|xml|txt|ris|bib|json)$/;
let changes = 0;

const removed = [...left].filter((path) => !right.has(path));
const added = [...right].filter((path) => !left.has(path));
for (const path of removed) console.log(`FJERNET ${path}`);
for (const path of added) console.log(`TILFØJET ${path}`);
changes += removed.length + added.length;
const compared = [...left].filter(
  (p) => right.has(p) && textual.test(p) && !p.startsWith('pagefind/'),
);
for (const path of compared) {
  const a = comparable(before, path);
  const b = comparable(after, path);
  // Markup is compared one tag a line, which hides a lost space between inline elements; the
  // text a reader sees is compared as well, with each run of white space kept as one space.
  const textA = path.endsWith('.html') ? visibleText(before, path) : '';
  const textB = path.endsWith('.html') ? visibleText(after, path) : '';
  if (a === b && textA === textB) continue;
  changes++;
  if (a !== b)
    console.log(createTwoFilesPatch(`a/${path}`, `b/${path}`, a, b, '', '', { context: 1 }));
  if (textA !== textB)
    console.log(createTwoFilesPatch(`a/${path} (tekst)`, `b/${path} (tekst)`, textA, textB));
}
console.log(`${changes} forskelle mellem ${before} og ${after}.`);
