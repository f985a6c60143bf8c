import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../src/checks/placeholders.ts';
import { contextFor, page, sample } from './samples.ts';

const check = (...files: ReturnType<typeof sample>[]) => placeholders(files, contextFor(files));

describe('placeholders', () => {
  it('reports a frontmatter field that still holds UDFYLD, at its line', () => {
    expect(check(page('guides/a.mdx', 'title: A\nsummary: "UDFYLD: en sætning"'))).toEqual([
      {
        level: 'fejl',
        file: 'content/guides/a.mdx',
        line: 3,
        field: 'summary',
        message: 'der står stadig en pladsholder (UDFYLD); skriv den rigtige tekst',
      },
    ]);
  });

  it('names a placeholder deep in a list by its dotted path', () => {
    const file = sample('glossary/a.yaml', 'term: A\nsources:\n  - locator: "UDFYLD: afsnit"\n');
    expect(check(file).map((line) => [line.field, line.line])).toEqual([['sources.0.locator', 3]]);
  });

  it('accepts text without the marker, even with the word in it', () => {
    expect(check(page('guides/a.mdx', 'title: Udfyld skemaet'))).toEqual([]);
  });
});
