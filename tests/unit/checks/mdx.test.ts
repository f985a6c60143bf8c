import { describe, expect, it } from 'vitest';
import { mdx } from '../../../src/checks/mdx.ts';
import { contextFor, page } from './samples.ts';

const check = (...files: ReturnType<typeof page>[]) => mdx(files, contextFor(files));

describe('mdx', () => {
  it('reports a tag that is never closed, at its line in the file', async () => {
    const file = page('findings/a.mdx', 'id: F01', '## Om fundet\n\nEn <div> uden slutmærke.\n');
    expect(await check(file)).toEqual([
      {
        level: 'fejl',
        file: 'content/findings/a.mdx',
        line: 7,
        message: 'MDX-fejl: Expected a closing tag for `<div>` before the end of `paragraph`',
      },
    ]);
  });

  it('reports a broken expression without repeating its position in the text', async () => {
    const [line] = await check(page('guides/a.mdx', 'title: A', 'Tekst {1 +}.\n'));
    expect(line?.message).toMatch(/^MDX-fejl: /);
    expect(line?.message).not.toMatch(/\(\d+:\d+/);
  });

  it('reads a .md body as plain Markdown, where < and { are only text', async () => {
    expect(await check(page('pages/a.md', 'title: A', 'a < b og {c}.\n'))).toEqual([]);
  });

  it('accepts MDX with components and expressions', async () => {
    expect(
      await check(page('findings/a.mdx', 'id: F01', '<Aside>Tekst {1 + 1}</Aside>\n')),
    ).toEqual([]);
  });
});
