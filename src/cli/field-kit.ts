// The field kit's build steps, after Astro and Pagefind (see `npm run build`):
//   node src/cli/field-kit.ts index <dist>  indexes the kit's pages alone, before hyphenation;
//   node src/cli/field-kit.ts list <dist>   writes the kit's list and size, once the files are final.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { t } from '../i18n/da.ts';
import { KIT_FALLBACK_PATH } from '../lib/fixed-pages.ts';
import {
  danishSize,
  KIT_LIST_PATH,
  KIT_SEARCH_PATH,
  SEARCH_INDEX_PATH,
  kitFile,
  kitList,
  kitPages,
  stamped,
} from '../lib/field-kit.ts';

const [mode, folder = 'dist'] = process.argv.slice(2);
const dist = resolve(folder);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A second Pagefind index of the kit's pages only, so a saved search stays as small as the kit. */
async function index(): Promise<void> {
  const { index: kit, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!kit) fail(`Feltudgavens søgeindeks kunne ikke laves: ${errors.join('; ')}`);
  for (const url of kitPages(dist)) {
    const result = await kit.addHTMLFile({
      url,
      content: readFileSync(kitFile(dist, url), 'utf8'),
    });
    if (result.errors.length > 0) fail(`${url}: ${result.errors.join('; ')}`);
  }
  await kit.writeFiles({ outputPath: join(dist, KIT_SEARCH_PATH) });
  await pagefind.close();
}

/** The kit's list, and its size and stamp written into the pages that show or use them. */
function list(): void {
  const kit = kitList(dist, {
    texts: { offline: t('kit.offlineNotice'), refreshed: t('kit.refreshedNotice') },
    fallback: KIT_FALLBACK_PATH,
    search: { from: SEARCH_INDEX_PATH, to: KIT_SEARCH_PATH },
  });
  for (const url of kit.urls.filter((u) => u.endsWith('/'))) {
    const file = kitFile(dist, url);
    const html = readFileSync(file, 'utf8');
    const filled = stamped(html, kit);
    if (filled !== html) writeFileSync(file, filled);
  }
  writeFileSync(kitFile(dist, KIT_LIST_PATH), `${JSON.stringify(kit)}\n`);
  console.log(
    `Feltudgaven: ${kit.urls.length} filer, ${danishSize(kit.bytes)}, stempel ${kit.stamp}`,
  );
}

if (mode === 'index') await index();
else if (mode === 'list') list();
else fail('Brug: node src/cli/field-kit.ts index|list <mappe>');
