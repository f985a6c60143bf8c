import {
  GAPS_ANCHOR,
  COLLECTIONS,
  CONTENT_TYPES,
  type CollectionName,
} from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import type { Audience } from '../audiences.ts';
import type { Gaps } from '../gaps.ts';
import type { SourceCitation } from '../source-citations.ts';
import type { Heading } from '../table-of-contents.ts';
import { navLabel } from '../nav.ts';
import { overviewUrl } from '../urls.ts';

/** One step on the way from the home page to the current page. */
export interface Crumb {
  label: string;
  href: string;
}

/**
 * The trail from the front page to a collection's overview, where the collection's pages sit.
 * @example trailTo('findings') // [{ label: 'Forside', href: '/' }, { label: 'Resultater', href: '/resultater/' }]
 */
export function trailTo(collection: CollectionName): Crumb[] {
  const home = { label: t('nav.home'), href: '/' };
  const type = CONTENT_TYPES[collection];
  // The one page of its type is its own overview.
  if ('route' in type && type.route.kind === 'single') return [home];
  const path = overviewUrl(collection);
  // A type published under another type's page (a theory under /model/) sits below that page.
  const parent = COLLECTIONS.find((name) => {
    const type = CONTENT_TYPES[name];
    return 'nav' in type && overviewUrl(name) === path;
  });
  return parent && path ? [home, { label: navLabel(parent), href: path }] : [home];
}

/** A heading of a fixed section, for the table of contents. */
export function section(slug: string, text: string, depth = 2): Heading {
  return { depth, slug, text };
}

/** The table of contents' entry for the box of gaps, when the page has one. */
export function gapsSection(gaps: Gaps): Heading[] {
  return gaps.lines.length > 0 ? [section(GAPS_ANCHOR, t('gaps.heading'))] : [];
}

/** A fixed list of a page, such as a guide's checklist: a section when it has items. */
export interface ListPart {
  id: string;
  heading: string;
  count: number;
  /** The line of the box of gaps that carries the list's anchor when it has none. */
  missing: string;
}

/**
 * A page's fixed lists: the ones with items are shown and listed in the table of contents, the
 * empty ones become parts for the box of gaps (pageGaps), where their anchors land.
 */
export function listParts(lists: readonly ListPart[]) {
  const filled = lists.filter((list) => list.count > 0);
  return {
    parts: lists.map((list) => ({ id: list.id, filled: list.count > 0, missing: list.missing })),
    shown: new Set(filled.map((list) => list.id)),
    sections: filled.map((list) => section(list.id, list.heading)),
  };
}

/** What every article frame shows, from the fields all page entries share. */
export interface ArticleFrame {
  title: string;
  summary: string;
  /** The lead under the title, when it is not the summary; the summary still describes the page. */
  lead?: string;
  /** The fixed anchor on the lead, when it has one. */
  leadId?: string;
  trail: Crumb[];
  updated: string;
  audiences: readonly Audience[];
  citations: SourceCitation[];
  /** Words readers search with that the page does not use; the search index gets them. */
  keywords: readonly string[];
}

/** The frame of an entry's article page: title, lead, trail, date, readers and sources. */
export function articleFrame(
  collection: CollectionName,
  data: {
    title: string;
    summary: string;
    updated: string;
    audiences: readonly Audience[];
    sources: SourceCitation[];
    keywords?: readonly string[];
  },
  title = data.title,
): ArticleFrame {
  return {
    title,
    summary: data.summary,
    trail: trailTo(collection),
    updated: data.updated,
    audiences: data.audiences,
    citations: data.sources,
    keywords: data.keywords ?? [],
  };
}
