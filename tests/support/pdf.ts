import { inflateSync } from 'node:zlib';

/** One page of a PDF as a reader holds it: its paper size and the text printed on it. */
export interface PdfPage {
  /** The page's MediaBox in points: x, y, width and height corners. */
  mediaBox: number[];
  /** The printed text, one line of the content stream's text blocks per line. */
  text: string;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/**
 * Reads the pages of a PDF as Chromium (Skia) writes it: numbered objects with direct stream
 * lengths, Flate-compressed content, and text drawn in hex glyph codes of fonts that carry a
 * ToUnicode map. Enough to test what a printed page says without a PDF tool on the machine; not
 * a reader for PDFs from elsewhere.
 */
export function readPdf(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const object = (ref: string | undefined) => {
    const found = ref ? objects.get(Number(/^(\d+)\s+0\s+R$/.exec(ref.trim())?.[1])) : undefined;
    if (!found) throw new Error(`PDF-objektet ${ref ?? '(ingen)'} findes ikke`);
    return found;
  };
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  const pages = (node: PdfObject): PdfObject[] =>
    /\/Type\s*\/Pages\b/.test(node.dict)
      ? refs(/\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '').flatMap((kid) =>
          pages(object(kid)),
        )
      : [node];
  return pages(object(/\/Pages\s+(\d+\s+0\s+R)/.exec(catalog?.dict ?? '')?.[1])).map((page) => {
    const mediaBox = (/\/MediaBox\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? '')
      .trim()
      .split(/\s+/)
      .map(Number);
    const resources = inlineOrRef(page.dict, 'Resources', object);
    const fontDict = inlineOrRef(resources, 'Font', object);
    const fonts = new Map(
      [...fontDict.matchAll(/\/(\S+?)\s+(\d+\s+0\s+R)/g)].map(([, name = '', ref]) => {
        const toUnicode = /\/ToUnicode\s+(\d+\s+0\s+R)/.exec(object(ref).dict)?.[1];
        return [name, toUnicode ? cmap(object(toUnicode).stream?.toString('latin1') ?? '') : null];
      }),
    );
    const contents = /\/Contents\s+(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.dict)?.[1] ?? '';
    const streams = refs(contents.replace(/^\[|\]$/g, '')).map(
      (ref) => object(ref).stream?.toString('latin1') ?? '',
    );
    return { mediaBox, text: pageText(streams.join('\n'), fonts) };
  });
}

/** The references `N 0 R` in a piece of a dictionary, in order. */
function refs(text: string): string[] {
  return [...text.matchAll(/\d+\s+0\s+R/g)].map(([ref]) => ref);
}

/** A dictionary entry that is written in place (`/Font <<…>>`) or refers to another object. */
function inlineOrRef(dict: string, key: string, object: (ref: string) => PdfObject): string {
  const at = dict.search(new RegExp(`/${key}\\b`));
  if (at < 0) return '';
  const rest = dict.slice(at + key.length + 1).trimStart();
  if (!rest.startsWith('<<')) return object(/^\d+\s+0\s+R/.exec(rest)?.[0] ?? '').dict;
  // The nested dictionaries' brackets, counted to the one that closes the entry.
  let depth = 0;
  for (const bracket of rest.matchAll(/<<|>>/g)) {
    depth += bracket[0] === '<<' ? 1 : -1;
    if (depth === 0) return rest.slice(2, bracket.index);
  }
  return rest;
}

/** Every numbered object with its dictionary and, when it has one, its decompressed stream. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+)\s+0\s+obj\b([\s\S]*?)\bendobj\b/g)) {
    const [whole, number = '', body = ''] = match;
    const streamAt = body.search(/\bstream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(number), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length\s+(\d+)(?!\s+0\s+R)/.exec(dict)?.[1]);
    const start =
      match.index +
      whole.indexOf(body) +
      streamAt +
      /\bstream\r?\n/.exec(body.slice(streamAt))![0].length;
    const raw = pdf.subarray(start, start + length);
    objects.set(Number(number), {
      dict,
      stream: /\/FlateDecode\b/.test(dict) ? inflateSync(raw) : raw,
    });
  }
  return objects;
}

/** A ToUnicode CMap as a map from glyph code to text. */
function cmap(source: string): Map<number, string> {
  const map = new Map<number, string>();
  const unicode = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const [, block = ''] of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code = '', text = ''] of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      map.set(parseInt(code, 16), unicode(text));
  for (const [, block = ''] of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from = '', to = '', target = ''] of block.matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]+>|\[[^\]]*\])/gi,
    )) {
      const first = parseInt(from, 16);
      const targets = target.startsWith('[') ? [...target.matchAll(/<([0-9a-f]+)>/gi)] : [];
      for (let code = first; code <= parseInt(to, 16); code++) {
        if (targets.length > 0) map.set(code, unicode(targets[code - first]?.[1] ?? ''));
        else {
          const base = unicode(target.slice(1, -1));
          const last = base.charCodeAt(base.length - 1) + code - first;
          map.set(code, base.slice(0, -1) + String.fromCharCode(last));
        }
      }
    }
  return map;
}

/** The text a content stream draws: each text block (BT … ET) on a line of its own. */
function pageText(content: string, fonts: Map<string, Map<number, string> | null>): string {
  let font: Map<number, string> | null | undefined;
  const decode = (hex: string) =>
    (hex.match(/.{4}/g) ?? []).map((code) => font?.get(parseInt(code, 16)) ?? '').join('');
  let text = '';
  for (const [op, name, hex, array] of content.matchAll(
    /\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b/g,
  )) {
    if (name !== undefined) font = fonts.get(name);
    else if (hex !== undefined) text += decode(hex);
    else if (array !== undefined)
      text += [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, h = '']) => decode(h)).join('');
    else if (op === 'ET') text += '\n';
  }
  return text;
}
