import { describe, expect, it } from 'vitest';
import { separateForSearch } from '../../src/integrations/search-text-breaks.ts';

describe('separateForSearch', () => {
  it('puts a line break between a term and its description', () => {
    expect(
      separateForSearch(
        '<dl><dt>Facilitator</dt><dd>Etablerer</dd><dt>Kommunen</dt><dd>Deltager</dd></dl>',
      ),
    ).toBe(
      '<dl><dt>Facilitator</dt>\n<dd>Etablerer</dd>\n<dt>Kommunen</dt>\n<dd>Deltager</dd></dl>',
    );
  });

  it('puts a line break between header cells, and after a caption or a summary', () => {
    expect(separateForSearch('<tr><th>Id</th><th>Resultat</th></tr>')).toBe(
      '<tr><th>Id</th>\n<th>Resultat</th></tr>',
    );
    expect(
      separateForSearch('<details><summary>Tabel</summary><table><caption>A</caption><tr>'),
    ).toBe('<details><summary>Tabel</summary>\n<table><caption>A</caption>\n<tr>');
  });

  it('leaves inline elements, closing tags and existing whitespace as they are', () => {
    const html = '<p><a href="/">Forside</a><span>,</span></p><dl><dt>A</dt> <dd>B</dd></dl>';
    expect(separateForSearch(html)).toBe(html);
  });

  it('does not mistake another tag that ends in the same letters', () => {
    expect(separateForSearch('<x-dd>a</x-dd><b>y</b>')).toBe('<x-dd>a</x-dd><b>y</b>');
  });
});
