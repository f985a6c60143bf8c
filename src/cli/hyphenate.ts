// `node src/cli/hyphenate.ts <site folder>`: the last build step. Puts soft hyphens into the long
// Danish words of every built page (src/lib/hyphenation.ts). It runs after Pagefind on purpose:
// Pagefind indexes the pages as written, so a search for "forbedringsmøder" matches the word
// whole, and its excerpts carry no soft hyphens.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hyphenateHtml, SOFT_HYPHEN } from '../lib/hyphenation.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [site] = process.argv.slice(2);
if (!site) fail('Brug: node src/cli/hyphenate.ts <mappe med det byggede websted>');
if (!existsSync(join(site, 'pagefind')))
  fail(`${site}/pagefind/ mangler: kør Pagefind før orddelingen, så søgeindekset får hele ord.`);

const pages = (readdirSync(site, { recursive: true }) as string[])
  .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
  .sort();
const count = (text: string) => text.split(SOFT_HYPHEN).length - 1;
let changed = 0;
let added = 0;
for (const path of pages) {
  const file = join(site, path);
  const html = readFileSync(file, 'utf8');
  const hyphenated = hyphenateHtml(html);
  if (hyphenated === html) continue;
  writeFileSync(file, hyphenated);
  changed++;
  added += count(hyphenated) - count(html);
}
console.log(`Orddeling: ${added} bløde bindestreger i ${changed} af ${pages.length} sider`);
