import { describe, expect, it } from 'vitest';
import { findingRecord, organisation, sourceRecord } from '../../src/lib/citation-records.ts';
import { site } from '../../src/site.config.ts';

describe('findingRecord', () => {
  it('cites a finding as a report section of the site: the id is the number, not part of the title', () => {
    const record = findingRecord(
      { id: 'F02', title: 'Titel', published: '2026-11-25', version: '1.0' },
      'https://x.example/r/',
    );
    expect(record).toEqual({
      id: 'F02-v1.0',
      type: 'report',
      title: 'Titel',
      author: [{ literal: site.publisher }],
      publisher: site.publisher,
      issued: { 'date-parts': [[2026, 11, 25]] },
      accessed: { 'date-parts': [[2026, 11, 25]] },
      'collection-title': site.name,
      number: 'F02',
      version: '1.0',
      URL: 'https://x.example/r/',
      language: 'da',
    });
  });

  it('dates a version by its own date, which is also the access date, and keys it by version', () => {
    const record = findingRecord(
      { id: 'F02', title: 'Titel', published: '2026-01-05', version: '1.2', issued: '2026-03-01' },
      'https://x.example/r/version/1-2/',
    );
    expect(record.id).toBe('F02-v1.2');
    expect(record.issued).toEqual({ 'date-parts': [[2026, 3, 1]] });
    expect(record.accessed).toEqual(record.issued);
  });
});

describe('sourceRecord', () => {
  it('makes the unit the author and its body the publisher, with the document number as number', () => {
    const record = sourceRecord(
      {
        documentTitle: 'Bilag',
        institution: 'Kontoret',
        parentInstitution: 'Kommunen',
        documentType: 'Bilag',
        caseNumber: '1',
        documentNumber: '1-2',
      },
      'bilag',
    );
    expect(record).toMatchObject({
      type: 'report',
      author: [{ literal: 'Kontoret' }],
      publisher: 'Kommunen',
      genre: 'Bilag',
      number: '1-2',
      custom: { caseNumber: '1', documentNumber: '1-2' },
    });
    expect(record).not.toHaveProperty('issued');
  });

  it('makes the institution its own publisher when it belongs to no other body', () => {
    const record = sourceRecord(
      { documentTitle: 'Case', institution: 'Connector', documentType: 'Casebeskrivelse' },
      'case',
    );
    expect(record.publisher).toBe('Connector');
    expect(record).not.toHaveProperty('number');
    expect(record).not.toHaveProperty('custom');
  });
});

describe('organisation', () => {
  it('refuses a name with a comma, which reference managers read as »Last, First«', () => {
    expect(() => organisation('Kommunen, Kontoret')).toThrow(/komma/);
    expect(organisation('Kontoret')).toEqual({ literal: 'Kontoret' });
  });
});
