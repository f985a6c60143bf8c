import { describe, expect, it } from 'vitest';
import { changelog } from '../../../src/checks/changelog.ts';
import { contextFor, page, sample } from './samples.ts';

const check = (...files: ReturnType<typeof sample>[]) => changelog(files, contextFor(files));
const log = (...dates: string[]) =>
  `changelog:\n${dates.map((date) => `  - date: "${date}"`).join('\n')}`;

describe('changelog', () => {
  it('rejects a versioned entry whose updated date is not its newest change', () => {
    const guide = page('guides/g.mdx', `updated: "2026-01-01"\n${log('2026-01-01', '2026-02-01')}`);
    expect(check(guide)).toEqual([
      {
        level: 'fejl',
        file: 'content/guides/g.mdx',
        line: 2,
        field: 'updated',
        message:
          'er 2026-01-01, men den nyeste linje i "changelog" er fra 2026-02-01; de skal være ens',
      },
    ]);
  });

  it('warns about a finding without any change log line, without failing', () => {
    expect(check(page('findings/a.mdx', 'id: F01\nchangelog: []'))).toEqual([
      {
        level: 'advarsel',
        file: 'content/findings/a.mdx',
        field: 'changelog',
        message:
          'resultatet har ingen ændringslog; skriv mindst en linje med dato og »Første udgave.«',
      },
    ]);
  });

  it('leaves drafts alone', () => {
    expect(check(page('findings/a.mdx', 'id: F01\ndraft: true'))).toEqual([]);
  });

  it('accepts an entry whose updated date is its newest change', () => {
    const finding = page(
      'findings/a.mdx',
      `id: F01\nupdated: "2026-02-01"\n${log('2026-02-01', '2026-01-01')}`,
    );
    expect(check(finding)).toEqual([]);
  });
});
