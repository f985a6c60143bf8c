/**
 * Finds contact details in text: e-mail addresses and Danish phone numbers. The build tests use
 * it to make sure no page prints a person's address or number, so it knows no person: it looks
 * for the shape of an address or a number and lets through only what the caller allows.
 */

/** One e-mail address or phone number found in a text. */
export interface ContactDetail {
  kind: 'e-mailadresse' | 'telefonnummer';
  /** As written in the text, for the caller to compare; a report should show `index`, not this. */
  value: string;
  /** Where it starts in the text, once character references such as `&#64;` are spelled out. */
  index: number;
}

/** An e-mail address, also one with Danish letters in it. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;

/** What looks like an address but names a file, such as the `logo@2x.png` of a retina image. */
const FILE_NAME = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|m?js|json|html?|xml|txt)$/i;

/** The space inside a number: an ordinary, a no-break or a narrow no-break space. */
const SPACE = '[ \\u00a0\\u202f]';

/**
 * A Danish phone number: eight digits, together or as 1234 5678 or 12 34 56 78, perhaps after
 * +45 or 0045. It must stand alone: not in a word, an asset's hash, a colour (#, %23) or a case
 * number such as 2014-0103582-3 (so no dash, dot or comma before a digit on either side), and not
 * in a longer run of digits or of spaced digit groups such as SVG coordinates.
 */
const PHONE = new RegExp(
  `(?<![\\p{L}\\p{N}_+/#%-]|\\p{N}[.,]|\\p{N}${SPACE})` +
    `(?:(?:\\+|00)45${SPACE}?)?` +
    `(?:\\d{8}|\\d{4}${SPACE}\\d{4}|\\d{2}(?:${SPACE}\\d{2}){3})` +
    `(?![\\p{L}\\p{N}_]|[.,/-]\\p{N}|\\.\\p{L}|${SPACE}\\p{N})`,
  'gu',
);

/** The character references a page may write `@` and a no-break space with. */
const REFERENCES: [RegExp, string][] = [
  [/&(?:#0*64|#x0*40|commat);/gi, '@'],
  [/&(?:#0*160|#x0*a0|nbsp);/gi, '\u00a0'],
];

/** The text with `&#64;`, `&nbsp;` and the like spelled out, so they hide nothing. */
function decodeReferences(text: string): string {
  return REFERENCES.reduce((result, [reference, char]) => result.replace(reference, char), text);
}

/** The eight digits that identify a Danish number, with or without +45 in front. */
function phoneDigits(value: string): string {
  return value.replace(/\D/g, '').slice(-8);
}

/** Every address and number in `text`, in the order they stand. */
function allIn(text: string): ContactDetail[] {
  const decoded = decodeReferences(text);
  const emails = [...decoded.matchAll(EMAIL)]
    .filter((match) => !FILE_NAME.test(match[0]))
    .map((match): ContactDetail => ({
      kind: 'e-mailadresse',
      value: match[0],
      index: match.index,
    }));
  const phones = [...decoded.matchAll(PHONE)].map((match): ContactDetail => ({
    kind: 'telefonnummer',
    value: match[0],
    index: match.index,
  }));
  return [...emails, ...phones].sort((a, b) => a.index - b.index);
}

/**
 * Every e-mail address and Danish phone number in `text`, except those that also appear in one
 * of the `allowed` texts, such as the publisher's contact from the site's settings. An address
 * is compared without regard to case, a number by its eight digits alone.
 */
export function findContactDetails(text: string, allowed: readonly string[] = []): ContactDetail[] {
  const own = allowed.flatMap(allIn);
  const emails = new Set(
    own.filter((d) => d.kind === 'e-mailadresse').map((d) => d.value.toLowerCase()),
  );
  const phones = new Set(
    own.filter((d) => d.kind === 'telefonnummer').map((d) => phoneDigits(d.value)),
  );
  return allIn(text).filter((detail) =>
    detail.kind === 'e-mailadresse'
      ? !emails.has(detail.value.toLowerCase())
      : !phones.has(phoneDigits(detail.value)),
  );
}
