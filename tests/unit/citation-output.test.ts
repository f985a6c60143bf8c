import { describe, expect, it } from 'vitest';
import {
  apaCitations,
  citationFile,
  unwrapRis,
  type CslItem,
} from '../../src/lib/citation-output.ts';
import { apaCitation, readCitationFile } from '../support/citation-files.ts';

const undated: CslItem = {
  id: 's',
  type: 'report',
  title: 'Case',
  author: [{ literal: 'Connector' }],
  language: 'da',
};
const dated: CslItem = {
  id: 'F01',
  type: 'webpage',
  title: 'F01: Et resultat med en meget lang titel, der skal brydes over flere linjer i RIS',
  author: [{ literal: 'Udgiver' }],
  issued: { 'date-parts': [[2026, 11, 25]] },
  language: 'da',
};

describe('apaCitation', () => {
  it('writes »u.å.« for a source without a date, in Danish', () => {
    expect(apaCitation(undated)).toBe('Connector. (u.å.). Case.');
  });

  it('writes months in lowercase Danish', () => {
    expect(apaCitation(dated)).toContain('(2026, november 25)');
  });
});

describe('apaCitations', () => {
  it('formats each record on its own, so one author and year never become 2026a and 2026b', () => {
    const second = { ...dated, id: 'F02', title: 'F02: Et andet resultat' };
    const lines = apaCitations([dated, second]);
    expect(lines.get('F01')).toBe(apaCitation(dated));
    expect(lines.get('F02')).toContain('(2026, november 25)');
  });
});

describe('unwrapRis', () => {
  it('joins the lines the RIS writer breaks, so the file reads back unchanged', () => {
    expect(unwrapRis('TI  - abc\ndef\nER  - \n')).toBe('TI  - abcdef\nER  - \n');
    expect(readCitationFile(citationFile(dated, 'ris')).title).toBe(dated.title);
  });
});
