import { COLLECTIONS, contentType, GAPS_ANCHOR, type CollectionName } from '../content-types.ts';
import { lineAt } from '../lib/content-source.ts';
import { slugify } from '../lib/slug.ts';
import { FIXED_PAGES } from '../lib/fixed-pages.ts';
import { FIXED_ANCHORS } from '../lib/page-anchors.ts';
import { entryAddress } from '../lib/urls.ts';
import type { CompiledBody } from './compile-body.ts';
import { servedFiles } from './served-files.ts';
import { addressClaims, entryPlace } from './site-map.ts';
import type { AuditLine, Check, Entry } from './types.ts';

/** A link from a body to a page of the site. */
export interface InternalLink {
  line: number;
  path: string;
  anchor: string | undefined;
}

/**
 * Every link in a body that points into the site (a path starting with /), as Markdown or as an
 * `href` in MDX.
 * @example internalLinks('Se [modellen](/model/#faser).', 20)
 * // [{ line: 20, path: '/model/', anchor: 'faser' }]
 */
export function internalLinks(body: string, firstLine: number): InternalLink[] {
  const links = [...body.matchAll(/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)|href="(\/[^"]*)"/g)];
  return links.map((match) => {
    const [path = '', anchor] = (match[1] ?? match[2] ?? '').split('#');
    return { line: lineAt(body, match.index, firstLine), path, anchor };
  });
}

/**
 * The anchors an entry's own fields give its page: the box of gaps when it has lines of its own,
 * the removed sections' ids that land on it, and a model's dimensions.
 */
function fieldAnchors(value: Record<string, unknown>): string[] {
  const list = (key: string) => (Array.isArray(value[key]) ? (value[key] as unknown[]) : []);
  const former = list('formerAnchors').filter((id): id is string => typeof id === 'string');
  const dimensions = list('dimensions').flatMap((d) =>
    typeof (d as { name?: unknown }).name === 'string'
      ? [slugify((d as { name: string }).name)]
      : [],
  );
  return [...(list('gaps').length > 0 ? [GAPS_ANCHOR] : []), ...former, ...dimensions];
}

/** Anchors by page; undefined where they are not known, so any anchor on that page passes. */
type Anchors = Map<string, Set<string> | undefined>;

/**
 * The anchors of every page. A page a route makes, or whose body does not compile, has unknown
 * anchors; an entry's page has its type's fixed sections and its headings; a page that shows a
 * type's entries as anchors (the glossary) has exactly those.
 */
function anchorsByPage(
  published: readonly Entry[],
  compiled: ReadonlyMap<string, CompiledBody>,
): Anchors {
  const anchors: Anchors = new Map(FIXED_PAGES.map((page) => [page, undefined]));
  for (const entry of published) {
    const place = entryPlace(entry);
    if (!place || place.anchor !== undefined) continue;
    const body = compiled.get(entry.file);
    const fixed = FIXED_ANCHORS[entry.collection as keyof typeof FIXED_ANCHORS] ?? [];
    anchors.set(
      place.page,
      body?.error
        ? undefined
        : new Set([...fixed, ...fieldAnchors(entry.value), ...(body?.headingIds ?? [])]),
    );
  }
  for (const name of COLLECTIONS) {
    const route = contentType(name).route;
    if (route?.kind !== 'anchors') continue;
    const ids = published.filter((entry) => entry.collection === name).map((entry) => entry.id);
    anchors.set(route.path, new Set(ids));
  }
  return anchors;
}

/** The addresses of drafts, which are never published: pages, and anchors such as /ordliste/#x. */
function draftAddresses(entries: readonly Entry[]): Set<string> {
  const drafts = entries.filter((entry) => entry.draft);
  return new Set(
    drafts.flatMap(({ collection, id }) => entryAddress(collection as CollectionName, id) ?? []),
  );
}

/**
 * Reports links in bodies that lead to no page, to a draft, or to an anchor the page does not
 * have. Former addresses, short finding addresses, feeds and citation files count as pages.
 */
export const linksAndAnchors: Check<Promise<AuditLine[]>> = async (
  _files,
  { entries, published, compiled },
) => {
  const anchors = anchorsByPage(published, await compiled);
  const redirects = new Set(
    addressClaims(published)
      .filter((claim) => claim.field !== 'filnavn')
      .map((claim) => claim.url),
  );
  const files = servedFiles(published);
  const drafts = draftAddresses(entries);

  return published.flatMap((entry) =>
    internalLinks(entry.body, entry.bodyLine).flatMap(({ line, path, anchor }): AuditLine[] => {
      const report = (message: string): AuditLine[] => [
        { level: 'fejl', file: entry.file, line, message },
      ];
      const isPage = anchors.has(path);
      // A draft term is an anchor on a live page; a draft page is only a draft if nothing else
      // publishes the same address.
      const draft = [anchor && `${path}#${anchor}`, !isPage && path].find(
        (address) => address && drafts.has(address),
      );
      if (draft) return report(`linket til ${draft} fører til en kladde, som ikke udgives`);
      if (!isPage && !redirects.has(path) && !files.has(path)) {
        return report(
          `linket til ${path} fører ikke til nogen side; ` +
            'adresser skrives som /mappe/navn/ med skråstreg til sidst',
        );
      }
      const onPage = anchors.get(path);
      if (anchor && onPage && !onPage.has(anchor)) {
        return report(`ankeret #${anchor} findes ikke på ${path}`);
      }
      return [];
    }),
  );
};
