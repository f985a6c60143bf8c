import { slugify } from './slug.ts';

/** A problem found in the Markdown or MDX body, with its line in the file. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** A link from a body to a page of the site. */
export interface InternalLink {
  line: number;
  path: string;
  anchor: string | undefined;
}

function lineAt(text: string, offset: number, firstLine: number): number {
  return firstLine + text.slice(0, offset).split('\n').length - 1;
}

/**
 * The ids the site gives the body's headings: the same slugs and numbering as rehypeHeadingIds.
 * @example headingIds('## Om fundet\n## Om fundet') // ['om-fundet', 'om-fundet-2']
 */
export function headingIds(body: string): string[] {
  const seen = new Map<string, number>();
  return [...body.matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => {
    const base = slugify((match[1] ?? '').replace(/[*_`]/g, '')) || 'afsnit';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}

/** Every link in a body that points into the site (a path starting with /). */
export function internalLinks(body: string, firstLine: number): InternalLink[] {
  const links = [...body.matchAll(/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)|href="(\/[^"]*)"/g)];
  return links.map((match) => {
    const target = match[1] ?? match[2] ?? '';
    const [path = '', anchor] = target.split('#');
    return { line: lineAt(body, match.index, firstLine), path, anchor };
  });
}

/** Images without alt text, empty bodies and placeholders left from `npm run new`. */
export function bodyProblems(body: string, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  if (body.trim() === '') problems.push({ line: firstLine, message: 'brødteksten er tom; skriv mindst et afsnit under frontmatter' });
  for (const match of body.matchAll(/!\[\s*\]\(/g)) problems.push({ line: lineAt(body, match.index, firstLine), message: 'billedet mangler alt-tekst: skriv en beskrivelse mellem [ og ]' });
  for (const match of body.matchAll(/<img\b(?![^>]*\balt="[^"]+")[^>]*>/g)) problems.push({ line: lineAt(body, match.index, firstLine), message: 'billedet mangler alt-tekst: tilføj alt="…" med en beskrivelse' });
  for (const match of body.matchAll(/UDFYLD:/g)) problems.push({ line: lineAt(body, match.index, firstLine), message: 'der står stadig en pladsholder (UDFYLD) i brødteksten' });
  return problems;
}
