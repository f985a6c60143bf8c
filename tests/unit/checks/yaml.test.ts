import { describe, expect, it } from 'vitest';
import { yaml } from '../../../src/checks/yaml.ts';
import { contextFor, sample } from './samples.ts';

const check = (...files: ReturnType<typeof sample>[]) => yaml(files, contextFor(files));

describe('yaml', () => {
  it('reports the first syntax error in frontmatter, at its line in the file', () => {
    const file = sample('findings/a.mdx', '---\nid: F01\ntitle: A\ntitle: B\n---\n\nTekst.\n');
    expect(check(file)).toEqual([
      {
        level: 'fejl',
        file: 'content/findings/a.mdx',
        line: 4,
        message: 'YAML-fejl: Map keys must be unique',
      },
    ]);
  });

  it('reports a Markdown file without frontmatter', () => {
    expect(check(sample('findings/a.mdx', '# Ingen frontmatter\n'))).toEqual([
      expect.objectContaining({
        line: 1,
        message: 'YAML-fejl: filen skal begynde med frontmatter mellem to linjer med ---',
      }),
    ]);
  });

  it('reports a syntax error in a data file at its own line', () => {
    expect(check(sample('glossary/a.yaml', 'term: A\nterm: B\n'))[0]?.line).toBe(2);
  });

  it('leaves stray files to the stray-file check', () => {
    expect(check(sample('nyheder/a.md', '---\n: [\n---\n'))).toEqual([]);
  });

  it('accepts valid YAML', () => {
    expect(check(sample('glossary/a.yaml', 'term: A\n'))).toEqual([]);
  });
});
