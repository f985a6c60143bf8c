import { isoDate, type CslItem } from './csl.ts';

/**
 * BibTeX's month macros. A bare macro (`month = nov`) is what BibTeX, biblatex, pandoc and
 * Zotero all read as a month; `{nov 25}` is not a month to any of them.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** biblatex's (babel's) language names, by the ISO code the records carry. */
const LANGUAGE_NAMES = { da: 'danish' } as const;

/** BibTeX's special characters, each with the LaTeX that writes it. */
const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text for a BibTeX field: the special characters escaped and nothing else. The file is UTF-8,
 * so æ, ø, å and é stay as they are; accent macros such as `{\' e}` are misread by some tools.
 * @example bibtexText('Mål & midler 50 %') // 'Mål \\& midler 50 \\%'
 */
function bibtexText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\#$%&_{}~^]/g, (char) => SPECIALS[char] ?? char);
}

/**
 * One record as a BibTeX @techreport entry, written here rather than by citation-js, whose
 * writer gives `month = {nov 25}`, accent macros and the access date as a note. The author is an
 * organisation in double braces, which every reader keeps as one name; the title is braced too,
 * so no style changes its case. There is no `howpublished` (it would repeat the URL) and no
 * `note` (Zotero makes it a child note). A source's case number, which BibTeX has no field
 * for, stays in the CSL-JSON file and the page.
 * @example bibtexEntry(item).startsWith('@techreport{F07-v1.1,') // true
 */
export function bibtexEntry(item: CslItem): string {
  if (!/^[A-Za-z0-9._:-]+$/.test(item.id))
    throw new Error(`Citatnøglen »${item.id}« kan ikke stå i en BibTeX-fil`);
  if (item.URL && /[{}\s]/.test(item.URL))
    throw new Error(`Adressen »${item.URL}« kan ikke stå i en BibTeX-fil`);
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  const braced = (text: string) => `{${bibtexText(text)}}`;
  const fields: [string, string | undefined][] = [
    ['author', `{${item.author.map((author) => braced(author.literal)).join(' and ')}}`],
    ['title', `{${braced(item.title)}}`],
    ['type', item.genre && braced(item.genre)],
    ['number', item.number && braced(item.number)],
    ['institution', braced(item.publisher)],
    // pandoc and biblatex read the series; Zotero has no series field for a report and drops it.
    ['series', item['collection-title'] && braced(item['collection-title'])],
    ['version', item.version && braced(item.version)],
    ['year', year === undefined ? undefined : `{${year}}`],
    ['month', month === undefined ? undefined : MONTHS[month - 1]],
    // Not in classic BibTeX, which ignores it; pandoc and Zotero combine it with month and year.
    ['day', day === undefined ? undefined : `{${day}}`],
    ['urldate', item.accessed && `{${isoDate(item.accessed)}}`],
    ['url', item.URL && `{${item.URL}}`],
    // Zotero and bibutils read `language`; pandoc and biblatex read `langid`.
    ['language', `{${item.language}}`],
    ['langid', `{${LANGUAGE_NAMES[item.language]}}`],
  ];
  const lines = fields.flatMap(([name, value]) => (value ? [`  ${name} = ${value},`] : []));
  return `@techreport{${item.id},\n${lines.join('\n')}\n}\n`;
}
