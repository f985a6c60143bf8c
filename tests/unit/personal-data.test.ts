import { describe, expect, it } from 'vitest';
import { findContactDetails } from '../support/personal-data.ts';

/** What the detector finds in `text`, as kind and value. */
function found(text: string, allowed: readonly string[] = []) {
  return findContactDetails(text, allowed).map(({ kind, value }) => [kind, value]);
}

describe('findContactDetails', () => {
  it('finds an e-mail address', () => {
    expect(found('Skriv til jane.doe@example.org, så svarer vi.')).toEqual([
      ['e-mailadresse', 'jane.doe@example.org'],
    ]);
  });

  it('finds an address with Danish letters and one written with a character reference', () => {
    expect(found('<p>søren@example.com og redaktion&#64;example.org</p>')).toEqual([
      ['e-mailadresse', 'søren@example.com'],
      ['e-mailadresse', 'redaktion@example.org'],
    ]);
  });

  it('finds a phone number in pairs, in fours and as one group of eight', () => {
    expect(found('Ring 12 34 56 78.')).toEqual([['telefonnummer', '12 34 56 78']]);
    expect(found('Ring 1234 5678.')).toEqual([['telefonnummer', '1234 5678']]);
    expect(found('Tlf.: 12345678')).toEqual([['telefonnummer', '12345678']]);
  });

  it('finds a phone number after +45 or 0045, also behind a no-break space or in a link', () => {
    expect(found('Ring +45 1234 5678 i dag')).toEqual([['telefonnummer', '+45 1234 5678']]);
    expect(found('Ring 0045 12 34 56 78')).toEqual([['telefonnummer', '0045 12 34 56 78']]);
    expect(found('Ring 12&nbsp;34&nbsp;56&nbsp;78')).toEqual([
      ['telefonnummer', '12\u00a034\u00a056\u00a078'],
    ]);
    expect(found('<a href="tel:+4512345678">ring</a>')).toEqual([['telefonnummer', '+4512345678']]);
  });

  it('tells where each one stands', () => {
    expect(findContactDetails('Ring 12 34 56 78').map((detail) => detail.index)).toEqual([5]);
  });

  it('leaves case and document numbers alone', () => {
    expect(found('Sagsnr. 2014-0103582, dokumentnr. 2014-0103582-3')).toEqual([]);
  });

  it('leaves dates alone', () => {
    expect(found('Mødet 2014-06-12 og <time datetime="2014-06-12T10:30:00+02:00">')).toEqual([]);
  });

  it('leaves digits inside longer runs alone', () => {
    expect(found('ID 1234567890 og 123456789')).toEqual([]);
    expect(found('1.000 er 12345678,5 eller 0,12345678 og 12345678-3')).toEqual([]);
    expect(found('<path d="M 10 20 30 40 50 60 L 12 34 56 78 90">')).toEqual([]);
  });

  it('leaves asset names and numbers inside words alone', () => {
    expect(found('<script src="/_astro/index.12345678.js"></script>')).toEqual([]);
    expect(found('<img src="logo@2x.png" alt="">')).toEqual([]);
    expect(found('id="fig12345678" class="x-12345678"')).toEqual([]);
    expect(found("color: #12345678; fill='%2312345678'")).toEqual([]);
  });

  it('lets through the addresses and numbers that are allowed', () => {
    const allowed = ['Eksempel Kommune', 'mailto:Kontakt@Example.org', 'Ring på +45 12 34 56 78'];
    expect(found('Skriv til kontakt@example.org eller ring 12345678.', allowed)).toEqual([]);
  });

  it('still finds the others when some are allowed', () => {
    const allowed = ['mailto:kontakt@example.org'];
    expect(found('kontakt@example.org, jane.doe@example.com, 1234 5678', allowed)).toEqual([
      ['e-mailadresse', 'jane.doe@example.com'],
      ['telefonnummer', '1234 5678'],
    ]);
  });
});
