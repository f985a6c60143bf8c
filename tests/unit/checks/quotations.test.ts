import { describe, expect, it } from 'vitest';
import { comparable, isVerbatim } from '../../../src/checks/quotations.ts';

const SOURCE =
  'Den samlede kerneudfordring lyder: ” *Hvordan kan vi løbende sikre overblik?*”. Denne er ' +
  'grundlæggende anderledes fra, hvad forvaltningen selv har formuleret.';

describe('a quotation checked against its source', () => {
  it('is verbatim when only typography differs: spacing, quotation marks, dashes, emphasis', () => {
    expect(
      isVerbatim(
        'Den samlede kerneudfordring lyder: ”Hvordan kan vi løbende sikre overblik?”.',
        SOURCE,
      ),
    ).toBe(true);
    expect(comparable('Case - Effektive  forandringer')).toBe(
      comparable('Case – Effektive\nforandringer'),
    );
  });

  it('may start mid-sentence with a small letter', () => {
    expect(isVerbatim('denne er grundlæggende anderledes', SOURCE)).toBe(true);
  });

  it('keeps the parts around […] in order', () => {
    expect(
      isVerbatim('Den samlede kerneudfordring lyder: […] Denne er grundlæggende', SOURCE),
    ).toBe(true);
    expect(isVerbatim('Denne er grundlæggende […] Den samlede kerneudfordring', SOURCE)).toBe(
      false,
    );
  });

  it('is not verbatim when a word, a letter or a punctuation mark differs', () => {
    expect(isVerbatim('Denne er grundlæggende anderledes end', SOURCE)).toBe(false);
    expect(isVerbatim('hvad forvaltningen selv havde formuleret', SOURCE)).toBe(false);
    expect(isVerbatim('Hvordan kan vi løbende sikre overblik.', SOURCE)).toBe(false);
  });
});
