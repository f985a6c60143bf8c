// Puts the latest full benchmark into README.md, between its bench markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const START = '<!-- bench:start -->\n';
const END = '<!-- bench:end -->';

/** Replaces the table between the README's bench markers with this report; fails if they are missing. */
export function publishToReadme(root: string, report: string): void {
  const file = join(root, 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md mangler markeringerne ${START.trim()} og ${END}`);
  // The report's headings go one level down, under the README's "Ydeevne".
  const section = report.replace(/^## Benchmark /, '### Seneste kørsel, ').replace(/^### N = /gm, '#### N = ').trimEnd();
  writeFileSync(file, `${text.slice(0, start + START.length)}${section}\n${text.slice(end)}`);
}
