import { describe, expect, it } from 'vitest';
import { apaCitation, citationFile, unwrapRis } from '../../src/lib/citation-output.ts';
import type { CslItem } from '../../src/lib/csl.ts';
import { readCitationFile } from '../support/citation-files.ts';

const undated: CslItem = {
  id: 's',
  type: 'report',
  title: 'Case',
  author: [{ literal: 'Connector' }],
  publisher: 'Connector',
  language: 'da',
};
const finding: CslItem = {
  id: 'F01-v1.1',
  type: 'report',
  title: 'Et resultat med en meget lang titel, der skal brydes over flere linjer i RIS',
  author: [{ literal: 'Social- og Boligstyrelsen' }],
  publisher: 'Social- og Boligstyrelsen',
  issued: { 'date-parts': [[2026, 11, 25]] },
  accessed: { 'date-parts': [[2026, 11, 25]] },
  'collection-title': 'Fremskudt behandling',
  number: 'F01',
  version: '1.1',
  URL: 'https://x.example/resultater/et-resultat/',
  language: 'da',
};
const unit: CslItem = {
  id: 'bilag',
  type: 'report',
  title: 'Bilag 3. Procesbilag',
  author: [{ literal: 'Mål- og Rammekontoret for Voksne' }],
  publisher: 'Københavns Kommune',
  issued: { 'date-parts': [[2014, 6, 12]] },
  genre: 'Bilag til udvalgssag',
  number: '2014-0103582-3',
  custom: { caseNumber: '2014-0103582', documentNumber: '2014-0103582-3' },
  language: 'da',
};

describe('apaCitation', () => {
  it('writes »u.å.« for a source without a date, in Danish, without repeating the author as publisher', () => {
    expect(apaCitation(undated)).toBe('Connector. (u.å.). Case.');
  });

  it('cites a finding as a report with its number, version and series, in Danish', () => {
    expect(apaCitation(finding)).toBe(
      'Social- og Boligstyrelsen. (2026). Et resultat med en meget lang titel, der skal brydes over flere linjer i RIS (Nr. F01; Version 1.1, Fremskudt behandling). https://x.example/resultater/et-resultat/',
    );
  });

  it('names a unit as author and its body as publisher, with case and document numbers in words', () => {
    expect(apaCitation(unit)).toBe(
      'Mål- og Rammekontoret for Voksne. (2014). Bilag 3. Procesbilag [Bilag til udvalgssag, sagsnr. 2014-0103582, dokumentnr. 2014-0103582-3]. Københavns Kommune.',
    );
  });
});

describe('citationFile', () => {
  it('writes RIS as a report with one organisation author, the series, publisher, number and access date', () => {
    const ris = citationFile(finding, 'ris');
    expect(ris).toMatch(/^TY {2}- RPRT$/m);
    expect(ris.match(/^AU {2}- .*$/gm)).toEqual(['AU  - Social- og Boligstyrelsen']);
    expect(ris).toMatch(/^T2 {2}- Fremskudt behandling$/m);
    expect(ris).toMatch(/^PB {2}- Social- og Boligstyrelsen$/m);
    expect(ris).toMatch(/^SN {2}- F01$/m);
    expect(ris).toMatch(/^DA {2}- 2026\/11\/25\/$/m);
    expect(ris).toMatch(/^Y2 {2}- 2026\/11\/25\/$/m);
    // No empty line inside the record, and the record ends with ER and a line break.
    expect(ris).not.toContain('\n\n');
    expect(ris.endsWith('\nER  - \n')).toBe(true);
  });

  it('writes BibTeX in UTF-8 with a bare month macro, an access date and the URL once', () => {
    expect(citationFile({ ...finding, title: 'Én kerneudfordring: 50 % & mere_' }, 'bib')).toBe(
      [
        '@techreport{F01-v1.1,',
        '  author = {{Social- og Boligstyrelsen}},',
        '  title = {{Én kerneudfordring: 50 \\% \\& mere\\_}},',
        '  number = {F01},',
        '  institution = {Social- og Boligstyrelsen},',
        '  series = {Fremskudt behandling},',
        '  version = {1.1},',
        '  year = {2026},',
        '  month = nov,',
        '  day = {25},',
        '  urldate = {2026-11-25},',
        '  url = {https://x.example/resultater/et-resultat/},',
        '  language = {da},',
        '  langid = {danish},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a source’s type and number, and no date when it has none', () => {
    const bib = citationFile(unit, 'bib');
    expect(bib).toContain('  type = {Bilag til udvalgssag},');
    expect(bib).toContain('  number = {2014-0103582-3},');
    expect(bib).toContain('  institution = {Københavns Kommune},');
    expect(citationFile(undated, 'bib')).not.toMatch(/year|month|urldate|url =/);
  });

  it('writes CSL-JSON as the record itself', () => {
    expect(JSON.parse(citationFile(unit, 'json'))).toEqual([unit]);
  });
});

describe('unwrapRis', () => {
  it('joins the lines the RIS writer breaks, so the file reads back unchanged', () => {
    expect(unwrapRis('TI  - abc\ndef\nER  - \n')).toBe('TI  - abcdef\nER  - \n');
    expect(readCitationFile(citationFile(finding, 'ris')).title).toBe(finding.title);
  });
});
