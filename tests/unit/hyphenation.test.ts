import { describe, expect, it } from 'vitest';
import {
  hyphenateHtml,
  hyphenateText,
  hyphenateWord,
  MIN_WORD_LENGTH,
  SOFT_HYPHEN,
} from '../../src/lib/hyphenation.ts';

const plain = (text: string) => text.replaceAll(SOFT_HYPHEN, '');
const parts = (text: string) => text.split(SOFT_HYPHEN);
/** How a word looks with its hyphenation points written as "-", for readable expectations. */
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '-');

describe('hyphenateWord', () => {
  it.each([
    'civilsamfundsorganisationerne',
    'Civilsamfundsorganisationer',
    'forbedringsmøder',
    'læringsorienteret',
    'forbedringsarbejdet',
    'stofmisbrugsbehandling',
  ])('puts soft hyphens into the Danish compound %s and changes nothing else', (word) => {
    const hyphenated = hyphenateWord(word);
    expect(plain(hyphenated)).toBe(word);
    expect(parts(hyphenated).length).toBeGreaterThanOrEqual(3);
  });

  it('breaks at Danish syllables, between the parts of a compound', () => {
    expect(shown(hyphenateWord('forbedringsmøder'))).toBe('for-bed-rings-mø-der');
    expect(shown(hyphenateWord('stofmisbrugsbehandling'))).toMatch(/^stof-.*brugs-be/);
  });

  it.each(['medarbejderne', 'Socialudvalget', 'målgrupperne', 'Rådgivningscenter'])(
    'never leaves a part without a vowel in %s, where the patterns alone would',
    (word) => {
      expect(parts(hyphenateWord(word)).filter((part) => !/[aeiouyæøå]/i.test(part))).toEqual([]);
      expect(hyphenateWord(word)).toContain(SOFT_HYPHEN);
    },
  );

  it('leaves short words, abbreviations in capitals and already hyphenated words alone', () => {
    const short = 'behandlingen'.slice(0, MIN_WORD_LENGTH - 1);
    expect(hyphenateWord(short)).toBe(short);
    expect(hyphenateWord('SOCIALSTYRELSEN')).toBe('SOCIALSTYRELSEN');
    const manual = `civilsamfunds${SOFT_HYPHEN}organisationerne`;
    expect(hyphenateWord(manual)).toBe(manual);
  });
});

describe('hyphenateText', () => {
  it('hyphenates the long words of a sentence and keeps spaces and punctuation', () => {
    const text = 'Alle civilsamfundsorganisationerne holdt forbedringsmøder, i alt tre.';
    const hyphenated = hyphenateText(text);
    expect(plain(hyphenated)).toBe(text);
    expect(hyphenated).toContain(hyphenateWord('civilsamfundsorganisationerne'));
    expect(hyphenated).toContain(`${hyphenateWord('forbedringsmøder')},`);
    expect(hyphenated).toContain('Alle ');
  });

  it('leaves URLs, domains, e-mail addresses and paths shown as text whole', () => {
    const text =
      'https://www.socialstyrelsen.dk/civilsamfundsorganisationer www.forbedringsmøder.dk ' +
      'civilsamfundsorganisationer@example.dk socialstyrelsen.dk /vejledninger/forbedringsmøderne/';
    expect(hyphenateText(text)).toBe(text);
  });

  it('keeps entity references as written and hyphenates the words around them', () => {
    const text = 'Kommunen &amp; civilsamfundsorganisationerne&#39;s m&aring;l';
    const hyphenated = hyphenateText(text);
    expect(plain(hyphenated)).toBe(text);
    expect(hyphenated).toContain('&amp;');
    expect(hyphenated).toContain(`${hyphenateWord('civilsamfundsorganisationerne')}&#39;s`);
    expect(hyphenated).toContain('m&aring;l');
  });
});

/** A page with a long compound in every place the build must leave alone, and in the prose. */
const WORD = 'civilsamfundsorganisationerne';
const page = `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>${WORD} | Site</title>
<meta name="description" content="Om ${WORD}">
<script type="application/ld+json">{"name":"${WORD}"}</script>
<style>.${WORD}{color:red}</style>
</head><body>
<header><a href="/">Forbedringsmøderne</a></header>
<main id="indhold">
<h1 data-pagefind-weight="10">Om ${WORD}</h1>
<p class="lead">Sådan arbejder ${WORD} &amp; kommunen.</p>
<p>Se <a href="/ordliste/#${WORD}" title="${WORD}" aria-label="${WORD}">${WORD}</a> og
<code>${WORD}</code>, <kbd>${WORD}</kbd> samt <span lang="en">${WORD}</span>.</p>
<pre>${WORD}</pre>
<div data-pagefind-ignore><p>Ikke i søgningen: ${WORD}</p></div>
<svg role="img"><title>${WORD}</title><desc>${WORD}</desc><text>${WORD}</text></svg>
<script>const ${WORD} = 1;</script>
<textarea>${WORD}</textarea>
<p class="citation" id="citat-apa">Forfatter. (2024). ${WORD}.</p>
<fb-copy data-target="citat-apa"><button hidden>Kopiér</button></fb-copy>
</main>
<footer><a href="/tilgaengelighed/">Tilgængelighedserklæring</a></footer>
</body></html>`;

describe('hyphenateHtml', () => {
  const hyphenated = hyphenateHtml(page);
  const hyphenatedWord = hyphenateWord(WORD);

  it('puts soft hyphens only into the Danish prose, headings and links of <main>', () => {
    expect(hyphenated).toContain(`<h1 data-pagefind-weight="10">Om ${hyphenatedWord}</h1>`);
    expect(hyphenated).toContain(`Sådan arbejder ${hyphenatedWord} &amp; kommunen.`);
    expect(hyphenated).toContain(`aria-label="${WORD}">${hyphenatedWord}</a>`);
    expect(hyphenated).toContain(`<p>Ikke i søgningen: ${hyphenatedWord}</p>`);
  });

  it('changes nothing else, byte for byte', () => {
    expect(plain(hyphenated)).toBe(page);
    expect(hyphenated.split(hyphenatedWord)).toHaveLength(5);
  });

  it.each([
    ['the title', `<title>${WORD} | Site</title>`],
    ['metadata', `content="Om ${WORD}"`],
    ['JSON-LD', `{"name":"${WORD}"}`],
    ['styles', `.${WORD}{color:red}`],
    ['the header', '<a href="/">Forbedringsmøderne</a>'],
    ['attributes', `<a href="/ordliste/#${WORD}" title="${WORD}" aria-label="${WORD}">`],
    ['code', `<code>${WORD}</code>, <kbd>${WORD}</kbd>`],
    ['text in another language', `<span lang="en">${WORD}</span>`],
    ['preformatted text', `<pre>${WORD}</pre>`],
    ['SVG', `<title>${WORD}</title><desc>${WORD}</desc><text>${WORD}</text>`],
    ['scripts', `const ${WORD} = 1;`],
    ['form values', `<textarea>${WORD}</textarea>`],
    ['the text a copy button copies', `id="citat-apa">Forfatter. (2024). ${WORD}.</p>`],
    ['the footer', 'Tilgængelighedserklæring</a></footer>'],
  ])('leaves %s as written', (_place, source) => {
    expect(hyphenated).toContain(source);
  });

  it('gives the same page when run again', () => {
    expect(hyphenateHtml(hyphenated)).toBe(hyphenated);
  });

  it('leaves a page in another language and a page without <main> as they are', () => {
    const english = page.replace('<html lang="da">', '<html lang="en">');
    expect(hyphenateHtml(english)).toBe(english);
    const redirect = `<!DOCTYPE html><html lang="da"><head><title>${WORD}</title></head><body><p>${WORD}</p></body></html>`;
    expect(hyphenateHtml(redirect)).toBe(redirect);
  });
});

describe('the listed Danish exceptions', () => {
  const shown = (word: string) => hyphenateWord(word).replaceAll(SOFT_HYPHEN, '-');

  it('break a compound at its joints, not where the patterns would', () => {
    expect(shown('civilsamfundsorganisationer')).toBe('ci-vil-sam-funds-or-ga-ni-sa-tio-ner');
    expect(shown('kerneudfordringen')).toBe('ker-ne-ud-for-drin-gen');
  });

  it('keep the capitals of a word at the start of a sentence or in a heading', () => {
    expect(shown('Civilsamfundsorganisationerne')).toBe('Ci-vil-sam-funds-or-ga-ni-sa-tio-ner-ne');
  });
});
