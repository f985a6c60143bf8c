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
  return text
    .replace(/\/_astro\/[\w.-]+?\.[\w-]{8}\.(css|js)/g, '/_astro/ASSET.$1')
    // Scoped-style ids follow the component's file path, which a refactor may move.
    .replace(/ data-astro-cid-\w+(="true")?/g, '')
    .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/g, '')
    .replace(/>\s*</g, '>\n<');
}

const left = new Set(files(before));
const right = new Set(files(after));
const textual = /\.(html|xml|txt|ris|bib|json)$/;
let changes = 0;

for (const path of left) if (!right.has(path)) (changes++, console.log(`FJERNET ${path}`));
for (const path of right) if (!left.has(path)) (changes++, console.log(`TILFØJET ${path}`));
for (const path of [...left].filter((p) => right.has(p) && textual.test(p) && !p.startsWith('pagefind/'))) {
  const a = comparable(before, path);
  const b = comparable(after, path);
  if (a === b) continue;
  changes++;
  console.log(createTwoFilesPatch(`før/${path}`, `efter/${path}`, a, b, '', '', { context: 1 }));
}
console.log(`${changes} forskelle mellem ${before} og ${after}.`);
