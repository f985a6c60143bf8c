import { describe, expect, it } from 'vitest';
import { citationMetaTags, coinsContext } from '../../src/lib/citation-meta.ts';
import type { CslItem } from '../../src/lib/csl.ts';

const finding: CslItem = {
  id: 'F01-v1.1',
  type: 'report',
  title: 'Et resultat & mere',
  author: [{ literal: 'Mål- og Rammekontoret for Voksne' }],
  publisher: 'Københavns Kommune',
  issued: { 'date-parts': [[2026, 11, 5]] },
  accessed: { 'date-parts': [[2026, 11, 5]] },
  'collection-title': 'Fremskudt behandling',
  number: 'F01',
  version: '1.1',
  URL: 'https://x.example/resultater/et-resultat/?a=1&b=2',
  language: 'da',
};

/** Reads a context object as Zotero's parseContextObject does: split on & and =, + is a space. */
function zoteroKeys(context: string): [string, string][] {
  return context.split('&').map((part) => {
    const [key = '', value = ''] = part.split('=');
    return [key, decodeURIComponent(value.replace(/\+|%2[bB]/g, ' '))];
  });
}

describe('citationMetaTags', () => {
  it('describes the work as a report with one date, its number and series, and no author tag', () => {
    const tags = citationMetaTags(finding, 'https://licens.example/');
    expect(tags).toEqual({
      citation_title: 'Et resultat & mere',
      citation_publication_date: '2026/11/05',
      citation_technical_report_institution: 'Københavns Kommune',
      citation_technical_report_number: 'F01',
      citation_publisher: 'Københavns Kommune',
      citation_series_title: 'Fremskudt behandling',
      citation_public_url: 'https://x.example/resultater/et-resultat/?a=1&b=2',
      citation_language: 'da',
      'DC.title': 'Et resultat & mere',
      'DC.publisher': 'Københavns Kommune',
      'DC.date': '2026-11-05',
      'DC.language': 'da',
      'DC.rights': 'https://licens.example/',
    });
  });

  it('gives a work without a date, address or licence none', () => {
    const { issued: _issued, URL: _url, ...undated } = finding;
    const tags = citationMetaTags(undated);
    for (const name of ['citation_publication_date', 'DC.date', 'citation_public_url', 'DC.rights'])
      expect(tags).not.toHaveProperty(name);
  });
});

describe('coinsContext', () => {
  it('reads back, as Zotero reads it, as a report with one institutional author', () => {
    const keys = zoteroKeys(coinsContext(finding));
    expect(keys).toContainEqual(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book']);
    // Zotero looks for this exact text to make the item a report.
    expect(coinsContext(finding).split('&')).toContain('rft.genre=report');
    expect(keys.filter(([key]) => key === 'rft.aucorp')).toEqual([
      ['rft.aucorp', 'Mål- og Rammekontoret for Voksne'],
    ]);
    expect(keys.filter(([key]) => /^rft\.au(last|first)?$/.test(key))).toEqual([]);
    expect(Object.fromEntries(keys)).toMatchObject({
      'rft.btitle': 'Et resultat & mere',
      'rft.date': '2026-11-05',
      'rft.pub': 'Københavns Kommune',
      'rft.series': 'Fremskudt behandling',
      rft_id: 'https://x.example/resultater/et-resultat/?a=1&b=2',
      'rft.language': 'da',
    });
  });
});
