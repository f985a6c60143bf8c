import { describe, expect, it } from 'vitest';
import { CHECKS, formatAuditLine, runChecks } from '../../../src/checks/run.ts';
import { page, sample, SCHEMAS } from './samples.ts';

describe('runChecks', () => {
  it('runs every check and keeps one file’s lines together, in the order of the files', async () => {
    const files = [
      page('findings/a.mdx', 'id: F01\nchangelog: []', '[x](/findes-ikke/)\n'),
      sample('nyheder/b.md', 'Nyhed'),
      page(
        'findings/c.mdx',
        'id: F02\nphase: ingen\nupdated: "2026-01-01"\nchangelog: [{ date: "2026-01-01" }]',
        '<div>\n',
      ),
    ];
    const report = await runChecks(files, SCHEMAS, { threads: 0 });
    expect(
      report.map((line) => `${line.file} ${line.level} ${line.message.split(/[;:]/)[0]}`),
    ).toEqual([
      'content/findings/a.mdx fejl linket til /findes-ikke/ fører ikke til nogen side',
      'content/findings/a.mdx advarsel resultatet har ingen ændringslog',
      'content/nyheder/b.md fejl filen hører ikke til nogen samling og ville ikke komme med på webstedet',
      'content/findings/c.mdx fejl MDX-fejl',
      'content/findings/c.mdx fejl henviser til "ingen" i phases, som ikke findes eller er en kladde',
    ]);
  });

  it('reports nothing for content without mistakes', async () => {
    const files = [
      page('findings/a.mdx', 'id: F01\nchangelog:\n  - date: "2026-01-01"\nupdated: "2026-01-01"'),
    ];
    expect(await runChecks(files, SCHEMAS, { threads: 0 })).toEqual([]);
  });

  it('has each check once', () => {
    expect(new Set(CHECKS).size).toBe(CHECKS.length);
  });
});

describe('formatAuditLine', () => {
  it('writes level, file, line, field and message the way npm run check prints them', () => {
    const line = {
      level: 'fejl',
      file: 'content/x.mdx',
      line: 3,
      field: 'title',
      message: 'mangler',
    } as const;
    expect(formatAuditLine(line)).toBe('FEJL content/x.mdx:3 feltet "title": mangler');
  });

  it('leaves out the line and field when there are none', () => {
    expect(formatAuditLine({ level: 'advarsel', file: 'content/x.mdx', message: 'm' })).toBe(
      'ADVARSEL content/x.mdx: m',
    );
  });
});
