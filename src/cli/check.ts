// `npm run check`: checks every content file at once and prints each problem on one line, in
// Danish. Run with `node --import ./src/cli/register-astro-content.ts src/cli/check.ts
// [--content <folder>]`; without --content it checks CONTENT_DIR, or content/.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatAuditLine, runChecks } from '../checks/run.ts';
import type { Schema } from '../checks/types.ts';
import { collections } from '../content.config.ts';
import { CONTENT_TYPES } from '../content-types.ts';
import { contentDir } from '../lib/content-dir.ts';
import { readContentTree } from '../lib/content-source.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = process.cwd();
const files = readContentTree(root, resolve(root, values.content ?? contentDir()), CONTENT_TYPES);
const schemas: Record<string, Schema> = Object.fromEntries(
  Object.entries(collections).map(([name, collection]) => [name, collection.schema as Schema]),
);
const report = await runChecks(files, schemas);
const errors = report.filter((line) => line.level === 'fejl');
const warnings = report.filter((line) => line.level === 'advarsel');

for (const line of errors) console.error(formatAuditLine(line));
if (warnings.length > 0) {
  console.log(`\nAdvarsler (stopper ikke udgivelsen):`);
  for (const line of warnings) console.log(formatAuditLine(line));
}
const counts = `${errors.length} fejl, ${warnings.length} advarsler`;
console.log(`\nIndholdet er tjekket: ${files.length} filer, ${counts}.`);
if (errors.length > 0) {
  console.error(
    'Ret fejlene ovenfor. Se vejledningen for redaktører på /om/redaktion/ ' +
      'for, hvad hver fejl betyder.',
  );
  process.exitCode = 1;
}
