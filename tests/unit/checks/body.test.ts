import { describe, expect, it } from 'vitest';
import { body, hasBody } from '../../../src/checks/body.ts';
import { contextFor, page, sample } from './samples.ts';

const check = (...files: ReturnType<typeof sample>[]) => body(files, contextFor(files));
const messages = (file: ReturnType<typeof sample>) =>
  check(file).map((line) => [line.line, line.message]);

describe('body', () => {
  it('reports an empty body at the line after the frontmatter', () => {
    expect(messages(sample('findings/a.mdx', '---\nid: F01\n---\n'))).toEqual([
      [4, 'brødteksten er tom; skriv mindst et afsnit under frontmatter'],
    ]);
  });

  it('reports a Markdown image without alt text, at its line', () => {
    expect(messages(page('findings/a.mdx', 'id: F01', 'Tekst.\n\n![](/billede.png)\n'))).toEqual([
      [7, 'billedet mangler alt-tekst: skriv en beskrivelse mellem [ og ]'],
    ]);
  });

  it('reports an img element without alt text, and accepts one with it', () => {
    const file = page(
      'findings/a.mdx',
      'id: F01',
      '<img src="/a.png" />\n<img alt="Et kort" src="/b.png" />\n',
    );
    expect(messages(file)).toEqual([
      [5, 'billedet mangler alt-tekst: tilføj alt="…" med en beskrivelse'],
    ]);
  });

  it('reports a placeholder left in the body', () => {
    expect(messages(page('guides/a.mdx', 'title: A', 'UDFYLD: skriv teksten.\n'))).toEqual([
      [5, 'der står stadig en pladsholder (UDFYLD) i brødteksten'],
    ]);
  });

  it('reads no body in the types that are data only', () => {
    expect(check(sample('glossary/a.yaml', 'term: A\n'))).toEqual([]);
  });

  it('accepts a body with text and described images', () => {
    expect(check(page('findings/a.mdx', 'id: F01', '![Et kort over byen](/kort.png)\n'))).toEqual(
      [],
    );
  });
});

describe('hasBody', () => {
  it('is true for Markdown types and false for YAML types, from the registry', () => {
    expect([
      hasBody('findings'),
      hasBody('pages'),
      hasBody('glossary'),
      hasBody('theoryOfChange'),
    ]).toEqual([true, true, false, false]);
  });
});
