// `npm run check`: checks every content file at once and prints each problem on one line, in Danish.
// Run with `node --import ./src/cli/register-astro-content.ts src/cli/check.ts [--content <folder>]`;
// without --content it checks CONTENT_DIR, or content/.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collections, COLLECTION_SOURCES } from '../content.config.ts';
import { auditContent, formatAuditLine } from '../lib/content-audit.ts';
import { contentDir } from '../lib/content-dir.ts';
import { readContentTree } from '../lib/content-source.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = process.cwd();
const files = readContentTree(root, resolve(root, values.content ?? contentDir()), COLLECTION_SOURCES);
const schemas = Object.fromEntries(Object.entries(collections).map(([name, collection]) => [name, collection.schema])) as Parameters<typeof auditContent>[1];
const report = await auditContent(files, schemas);
const errors = report.filter((line) => line.level === 'fejl');
const warnings = report.filter((line) => line.level === 'advarsel');

for (const line of errors) console.error(formatAuditLine(line));
if (warnings.length > 0) {
  console.log(`\nAdvarsler (stopper ikke udgivelsen):`);
  for (const line of warnings) console.log(formatAuditLine(line));
}
console.log(`\nIndholdet er tjekket: ${files.length} filer, ${errors.length} fejl, ${warnings.length} advarsler.`);
if (errors.length > 0) {
  console.error('Ret fejlene ovenfor. Se vejledningen for redaktører på /om/redaktion/ for, hvad hver fejl betyder.');
  process.exitCode = 1;
}
