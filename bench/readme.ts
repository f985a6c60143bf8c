// Puts the latest full benchmark into bench/README.md, between its bench markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const START = '<!-- bench:start -->\n';
const END = '<!-- bench:end -->';

/** Replaces the table between bench/README.md's markers with this report; fails if they are missing. */
export function publishToReadme(root: string, report: string): void {
  const file = join(root, 'bench', 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`bench/README.md mangler markeringerne ${START.trim()} og ${END}`);
  // The report's headings sit under the benchmark README's title.
  const section = report.replace(/^## Benchmark /, '## Seneste kørsel, ').trimEnd();
  writeFileSync(file, `${text.slice(0, start + START.length)}${section}\n${text.slice(end)}`);
}
