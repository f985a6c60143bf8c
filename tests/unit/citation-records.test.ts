import { describe, expect, it } from 'vitest';
import { findingRecord, sourceRecord } from '../../src/lib/citation-records.ts';
import { site } from '../../src/site.config.ts';

describe('findingRecord', () => {
  it('cites a finding as a page of this site, with the id in the title and the publisher as author', () => {
    const record = findingRecord(
      { id: 'F02', title: 'Titel', published: '2026-11-25', version: '1.0' },
      'https://x.example/r/',
    );
    expect(record).toMatchObject({
      id: 'F02',
      title: 'F02: Titel',
      author: [{ literal: site.publisher }],
      'container-title': site.name,
      issued: { 'date-parts': [[2026, 11, 25]] },
      URL: 'https://x.example/r/',
    });
  });
});

describe('sourceRecord', () => {
  it('cites the institution, never a person, with case and document numbers in the genre', () => {
    const record = sourceRecord(
      {
        documentTitle: 'Bilag',
        institution: 'Kommunen, Kontoret',
        documentType: 'Bilag',
        caseNumber: '1',
        documentNumber: '2',
      },
      'bilag',
    );
    expect(record.author).toEqual([{ literal: 'Kommunen, Kontoret' }]);
    expect(record['genre']).toBe('Bilag, sagsnr. 1, dokumentnr. 2');
    expect(record).not.toHaveProperty('issued');
  });
});
