import { CONTENT_TYPES } from '../content-types.ts';
import { lineAt, type SourceFile } from '../lib/content-source.ts';
import type { AuditLine, Check, Entry } from './types.ts';

/** A quotation in Danish guillemets: the site's mark for the source's own words. */
const QUOTATION = /»([^«]*)«/g;

/** Where a quotation leaves words out; each part around it must stand in the source in order. */
export const OMISSION = '[…]';

/**
 * The collections whose quotations are not the check's to judge: the pages about the site itself,
 * such as the editors' guide, where a quotation may be a label or a message, and archived
 * versions, which are kept exactly as they were published.
 */
const NOT_CHECKED: readonly string[] = ['pages', 'versions'];

/**
 * A text reduced to what quoting may not change: the words and punctuation. Spacing, line
 * breaks, the shape of quotation marks and dashes, and Markdown's emphasis marks are typography.
 * @example comparable('”Hvad  fungerer?” - *ja*') // '"Hvad fungerer?"- ja'
 */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[”“„"»«]/g, '"')
    .replace(/[‐‑–—-]/g, '-')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?" ?/g, '"')
    .trim();
}

/**
 * True when every part of the quotation, split at [… ], stands word for word in the text, in
 * order. The first letter may change case, as a quotation that starts mid-sentence does.
 * @example isVerbatim('a b […] d', 'a b c d') // true
 */
export function isVerbatim(quotation: string, text: string): boolean {
  const haystack = comparable(text);
  let from = 0;
  for (const part of quotation.split(OMISSION).map(comparable)) {
    if (part === '') continue;
    const first = part.slice(1);
    const candidates = [part, part[0]!.toUpperCase() + first, part[0]!.toLowerCase() + first];
    const found = candidates
      .map((candidate) => haystack.indexOf(candidate, from))
      .filter((index) => index >= 0);
    if (found.length === 0) return false;
    from = Math.min(...found) + part.length;
  }
  return true;
}

/** Every text of a data value with its dotted path. */
function textsOf(value: unknown, path: string[] = []): { path: string[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsOf(item, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textsOf(item, [...path, key]));
  }
  return [];
}

/** The plain texts of the source documents, by the id of their source entry. */
function documentTexts(files: readonly SourceFile[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const type of Object.values(CONTENT_TYPES)) {
    if (!('documentText' in type)) continue;
    for (const file of files) {
      const prefix = `/${type.folder}/`;
      const at = file.file.lastIndexOf(prefix);
      if (at >= 0 && file.file.endsWith(`.${type.documentText}`)) {
        texts.set(file.file.slice(at + prefix.length, -`.${type.documentText}`.length), file.text);
      }
    }
  }
  return texts;
}

/** The ids of the sources an entry cites, or every source when it cites none. */
function citedSources(entry: Entry, texts: Map<string, string>): string[] {
  const sources = entry.value['sources'];
  const ids = Array.isArray(sources)
    ? sources.flatMap((citation: { source?: { id?: string } | string }) => {
        const id = typeof citation.source === 'string' ? citation.source : citation.source?.id;
        return id ? [id] : [];
      })
    : [];
  return ids.length > 0 ? ids : [...texts.keys()];
}

/**
 * Reports every quotation the site marks as a source's words that is not word for word in that
 * source's text: each »…« in an entry's fields and body (outside the pages about the site), and
 * each source citation's `quote`, which must stand in the document it names.
 */
export const quotations: Check<AuditLine[]> = (files, { published }) => {
  const texts = documentTexts(files);
  const report: AuditLine[] = [];
  const missing = (entry: Entry, quotation: string, ids: string[], line?: number, field?: string) =>
    report.push({
      level: 'fejl',
      file: entry.file,
      line,
      field,
      message:
        `citatet »${quotation}« står ikke ordret i ${ids.map((id) => `content/sources/${id}.txt`).join(' eller ')}; ` +
        `ret det til kildens ordlyd, og marker udeladelser med ${OMISSION}`,
    });
  const inAny = (quotation: string, ids: string[]) =>
    ids.some((id) => texts.has(id) && isVerbatim(quotation, texts.get(id)!));
  for (const entry of published) {
    if (NOT_CHECKED.includes(entry.collection)) continue;
    const ids = citedSources(entry, texts);
    for (const { path, text } of textsOf(entry.data)) {
      const isQuote = path.length === 3 && path[0] === 'sources' && path[2] === 'quote';
      if (isQuote) {
        const cited = (entry.data as { sources: { source?: unknown }[] }).sources[Number(path[1])];
        const id = typeof cited?.source === 'string' ? cited.source : '';
        if (!inAny(text, [id])) missing(entry, text, [id], entry.lineOf(path), path.join('.'));
        continue;
      }
      for (const [, quotation = ''] of text.matchAll(QUOTATION)) {
        if (!inAny(quotation, ids)) {
          missing(entry, quotation, ids, entry.lineOf(path), path.join('.'));
        }
      }
    }
    for (const match of entry.body.matchAll(QUOTATION)) {
      if (!inAny(match[1] ?? '', ids)) {
        missing(entry, match[1] ?? '', ids, lineAt(entry.body, match.index, entry.bodyLine));
      }
    }
  }
  return report;
};

/** True for a document text beside the entries of a type that keeps them. */
export function isDocumentText({ file }: SourceFile): boolean {
  return Object.values(CONTENT_TYPES).some(
    (type) =>
      'documentText' in type &&
      file.includes(`/${type.folder}/`) &&
      file.endsWith(`.${type.documentText}`),
  );
}
