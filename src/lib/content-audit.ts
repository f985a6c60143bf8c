import { compile } from '@mdx-js/mdx';
import { overviews } from '../i18n/da.ts';
import { bodyProblems, headingIds, internalLinks } from './body-checks.ts';
import { contentProblems, type LoadedEntry } from './content-check.ts';
import type { SourceFile } from './content-source.ts';
import { FIXED_ANCHORS } from './page-anchors.ts';
import { collidingClaims, shortFindingPath, type UrlClaim } from './redirects.ts';
import { entryUrl, pageUrl, type PagedCollection } from './urls.ts';
import { issueMessage, type SchemaIssue } from './zod-messages.ts';

/** One line of the content check's report. */
export interface AuditLine {
  level: 'fejl' | 'advarsel';
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
}

/** The part of a Zod schema the audit uses. */
interface Schema {
  safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: SchemaIssue[] } };
  strict?: () => Schema;
  shape?: Record<string, Schema>;
}

/**
 * The fields of an entry that are valid on their own, so references and ids are still checked
 * in a file that has other mistakes: every problem is reported at once, not one per run.
 */
function salvage(schema: Schema, data: unknown): Record<string, unknown> {
  if (!schema.shape || !data || typeof data !== 'object') return {};
  return Object.fromEntries(
    Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
      const field = schema.shape?.[key]?.safeParse(value);
      return field?.success ? [[key, field.data]] : [];
    }),
  );
}

const PAGED: Record<string, PagedCollection> = { phases: 'phases', findings: 'findings', guides: 'guides', methods: 'methods', sources: 'sources' };
/** Pages that no content file makes: the home page, search, the theory of change and the overviews. */
const FIXED_PAGES = ['/', '/soeg/', '/model/forandringsteori/', ...Object.keys(overviews)];
const FEED_FILES = ['/rss.xml', '/robots.txt', '/sitemap-index.xml'];

/** The address of the page an entry becomes, or undefined for data shown on other pages. */
export function pagePath(collection: string, id: string): string | undefined {
  const paged = PAGED[collection];
  if (paged) return entryUrl(paged, id);
  if (collection === 'pages') return pageUrl(id);
  if (collection === 'model') return '/model/';
  return undefined;
}

/** Writes a report line the way `npm run check` prints it. */
export function formatAuditLine({ level, file, line, field, message }: AuditLine): string {
  return `${level.toUpperCase()} ${file}${line ? `:${line}` : ''}${field ? ` feltet "${field}"` : ''}: ${message}`;
}

function placeholders(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes('UDFYLD:') ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholders(item, [...path, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => placeholders(item, [...path, key]));
  return [];
}

async function mdxProblems(file: SourceFile): Promise<AuditLine[]> {
  if (!file.file.endsWith('.mdx')) return [];
  try {
    await compile(file.body);
    return [];
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    const reason = (place.reason ?? place.message ?? String(error)).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
    return [{ level: 'fejl', file: file.file, line: file.bodyLine + (place.line ?? 1) - 1, message: `MDX-fejl: ${reason}` }];
  }
}

/**
 * Checks all content at once and reports every problem, each with file, line where possible,
 * field, and what was expected and found. Errors stop the build; warnings do not.
 * @param files every file under content/, read by readContentTree
 * @param schemas each collection's schema, from src/content.config.ts
 */
export async function auditContent(files: readonly SourceFile[], schemas: Record<string, Schema>): Promise<AuditLine[]> {
  const report: AuditLine[] = [];
  const parsed: (SourceFile & { value: Record<string, unknown>; valid: boolean })[] = [];

  for (const file of files) {
    if (!file.collection) {
      report.push({ level: 'fejl', file: file.file, message: 'filen hører ikke til nogen samling og ville ikke komme med på webstedet; læg den i den rigtige mappe under content/ med den rigtige filtype' });
      continue;
    }
    // The first YAML error is the one to fix; the rest usually follow from it.
    for (const error of file.yamlErrors.slice(0, 1)) report.push({ level: 'fejl', file: file.file, line: error.line, message: `YAML-fejl: ${error.message}` });
    report.push(...(await mdxProblems(file)));
    if (file.data === undefined) continue;
    const schema = schemas[file.collection]!;
    const result = (schema.strict?.() ?? schema).safeParse(file.data);
    const issues = result.error?.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? (issue.keys ?? []).map((key) => ({ ...issue, path: [...issue.path, key] })) : [issue])) ?? [];
    for (const issue of issues) report.push({ level: 'fejl', file: file.file, line: file.lineOf(issue.path), field: issue.path.join('.'), message: issueMessage(issue, file.data) });
    for (const field of placeholders(file.data)) report.push({ level: 'fejl', file: file.file, line: file.lineOf(field.split('.')), field, message: 'der står stadig en pladsholder (UDFYLD); skriv den rigtige tekst' });
    if (file.collection && !['glossary', 'theoryOfChange', 'sequences'].includes(file.collection)) {
      for (const problem of bodyProblems(file.body, file.bodyLine)) report.push({ level: 'fejl', file: file.file, line: problem.line, message: problem.message });
    }
    parsed.push({ ...file, valid: result.success, value: result.success ? (schema.safeParse(file.data).data as Record<string, unknown>) : salvage(schema, file.data) });
  }

  const ids = new Map<string, string>();
  for (const file of parsed) {
    const key = `${file.collection}/${file.id}`;
    const other = ids.get(key);
    if (other) report.push({ level: 'fejl', file: file.file, message: `har samme navn (slug) som ${other}; kun den ene ville blive udgivet` });
    ids.set(key, file.file);
  }

  const published = parsed.filter((file) => file.value['draft'] !== true);
  const drafts = new Set(parsed.filter((file) => file.value['draft'] === true).map((file) => pagePath(file.collection!, file.id)).filter(Boolean));
  const byCollection = new Map<string, LoadedEntry[]>();
  for (const file of published) byCollection.set(file.collection!, [...(byCollection.get(file.collection!) ?? []), { id: file.id, file: file.file, data: file.value }]);
  for (const problem of contentProblems(byCollection)) {
    const source = parsed.find((file) => file.file === problem.file);
    report.push({ level: 'fejl', file: problem.file, line: source?.lineOf(problem.field.split('.')), field: problem.field, message: problem.message });
  }

  // Addresses: every live page, every former address and every short finding address, once each.
  const anchors = new Map<string, Set<string> | undefined>(FIXED_PAGES.map((path) => [path, undefined]));
  const claims: UrlClaim[] = FIXED_PAGES.map((url) => ({ url, file: 'src/pages (fast side)', field: 'adresse' }));
  for (const file of published) {
    const path = pagePath(file.collection!, file.id);
    if (path) {
      anchors.set(path, new Set([...(FIXED_ANCHORS[file.collection!] ?? []), ...headingIds(file.body)]));
      claims.push({ url: path, file: file.file, field: 'filnavn' });
    }
    for (const alias of (file.value['aliases'] as string[] | undefined) ?? []) claims.push({ url: alias, file: file.file, field: 'aliases' });
    if (file.collection === 'findings') claims.push({ url: shortFindingPath(String(file.value['id'])), file: file.file, field: 'id' });
  }
  const glossary = published.filter((file) => file.collection === 'glossary').map((file) => file.id);
  anchors.set('/ordliste/', new Set(glossary));
  for (const group of collidingClaims(claims)) {
    // Two findings with one id are already reported above; their short addresses collide as a consequence.
    if (group.every((claim) => claim.field === 'id')) continue;
    for (const claim of group.filter((c) => c.file.startsWith('content/'))) {
      const others = group.filter((c) => c !== claim).map((c) => c.file).join(', ');
      const source = parsed.find((file) => file.file === claim.file);
      report.push({ level: 'fejl', file: claim.file, line: source?.lineOf([claim.field]), field: claim.field, message: `gør krav på adressen ${claim.url}, som også bruges af ${others}` });
    }
  }
  const redirects = new Set(claims.filter((claim) => claim.field !== 'filnavn').map((claim) => claim.url));

  for (const file of published) {
    for (const link of internalLinks(file.body, file.bodyLine)) {
      const known = anchors.has(link.path) || redirects.has(link.path) || FEED_FILES.includes(link.path) || /^\/citat\/(resultater|kilder)\/[a-z0-9-]+\.(ris|bib|json)$/.test(link.path);
      if (drafts.has(link.path)) report.push({ level: 'fejl', file: file.file, line: link.line, message: `linket til ${link.path} fører til en kladde, som ikke udgives` });
      else if (!known) report.push({ level: 'fejl', file: file.file, line: link.line, message: `linket til ${link.path} fører ikke til nogen side; adresser skrives som /mappe/navn/ med skråstreg til sidst` });
      else if (link.anchor && anchors.get(link.path) && !anchors.get(link.path)!.has(link.anchor)) {
        report.push({ level: 'fejl', file: file.file, line: link.line, message: `ankeret #${link.anchor} findes ikke på ${link.path}` });
      }
    }
    if (file.collection === 'findings' && ((file.value['changelog'] as unknown[] | undefined) ?? []).length === 0) {
      report.push({ level: 'advarsel', file: file.file, field: 'changelog', message: 'resultatet har ingen ændringslog; skriv mindst en linje med dato og »Første udgave.«' });
    }
  }
  return report;
}
