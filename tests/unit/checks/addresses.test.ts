import { describe, expect, it } from 'vitest';
import { addresses } from '../../../src/checks/addresses.ts';
import { contextFor, page, sample } from './samples.ts';

const check = (...files: ReturnType<typeof sample>[]) => addresses(files, contextFor(files));
const summary = (...files: ReturnType<typeof sample>[]) =>
  check(...files).map(({ file, line, field, message }) => `${file}:${line} ${field} ${message}`);

describe('addresses', () => {
  it('rejects a former address that is another page’s live address, on both files', () => {
    const moved = page('methods/ny.mdx', 'title: Ny\naliases:\n  - /metoder/gammel/');
    expect(summary(moved, page('methods/gammel.mdx', 'title: Gammel'))).toEqual([
      'content/methods/ny.mdx:4 aliases gør krav på adressen /metoder/gammel/, ' +
        'som også bruges af content/methods/gammel.mdx',
      'content/methods/gammel.mdx:2 filnavn gør krav på adressen /metoder/gammel/, ' +
        'som også bruges af content/methods/ny.mdx',
    ]);
  });

  it('rejects a former address that is a page no content file makes', () => {
    expect(summary(page('pages/om.mdx', 'title: Om\naliases:\n  - /soeg/'))).toEqual([
      'content/pages/om.mdx:4 aliases gør krav på adressen /soeg/, som også bruges af src/pages (fast side)',
    ]);
  });

  it('rejects a page whose name is a fixed page’s address', () => {
    expect(summary(page('pages/soeg.mdx', 'title: Søg'))).toHaveLength(1);
  });

  it('rejects a former address that is a finding’s short address', () => {
    const finding = page('findings/a.mdx', 'id: F07');
    const guide = page('guides/b.mdx', 'title: B\naliases:\n  - /resultater/f07/');
    expect(check(finding, guide).map((line) => [line.file, line.field])).toEqual([
      ['content/findings/a.mdx', 'id'],
      ['content/guides/b.mdx', 'aliases'],
    ]);
  });

  it('leaves two findings with one id to the references check', () => {
    expect(check(page('findings/a.mdx', 'id: F01'), page('findings/b.mdx', 'id: F01'))).toEqual([]);
  });

  it('gives a theory of change its page from the registry, under /model/', () => {
    const figure = sample('theory-of-change/forandringsteori.yaml', 'title: A\n');
    expect(
      check(figure, page('pages/om.mdx', 'title: Om\naliases:\n  - /model/forandringsteori/')),
    ).toHaveLength(2);
  });

  it('accepts a draft’s address being taken, since a draft is never published', () => {
    expect(
      check(
        page('methods/a.mdx', 'title: A\ndraft: true'),
        page('guides/b.mdx', 'title: B\naliases:\n  - /metoder/a/'),
      ),
    ).toEqual([]);
  });

  it('accepts distinct addresses', () => {
    expect(
      check(
        page('methods/a.mdx', 'title: A\naliases:\n  - /metoder/b/'),
        page('findings/a.mdx', 'id: F01'),
      ),
    ).toEqual([]);
  });
});
