import type { CollectionEntry } from 'astro:content';
import { CONTENT_TYPES, type CollectionName, type EntryCollection } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { siteText } from '../../site.config.ts';
import { AUDIENCES, forAudience, type Audience } from '../audiences.ts';
import { citationsOf, type SourceCitation } from '../source-citations.ts';
import { getFindings, getGuides, getMethods } from '../content.ts';
import { countNoun } from '../danish-numbers.ts';
import { newestDate } from '../dates.ts';
import { audiencePath } from '../fixed-pages.ts';
import { pageGaps, type Gaps } from '../gaps.ts';
import { findingEvidence, getOrigins, groupByOrigin, originLabel } from '../origins.ts';
import { shortFindingPath } from '../redirects.ts';
import { getAllPages, getSiteUpdated } from '../site-index.ts';
import { entryUrl } from '../urls.ts';

/** One entry as an overview lists it. */
export interface ListedEntry {
  href: string;
  title: string;
  summary: string;
  /** A short label shown before the title, such as a finding's id. */
  label?: string | undefined;
  /** The mark of an entry from another process than the site's own. */
  origin?: string | undefined;
  /** A short note shown after the summary. */
  note?: string | undefined;
}

/** A list of entries under one heading with its own anchor, such as one origin's findings. */
export interface EntryGroup {
  id: string;
  heading: string;
  /** How many entries, in words: »fire resultater«. */
  count: string;
  entries: ListedEntry[];
}

/**
 * The date and sources an overview shows for the entries it lists.
 * @param fallback the date of an overview that lists nothing yet, such as the site's newest
 */
export function overviewFacts(
  entries: readonly { data: { updated: string; sources: readonly SourceCitation[] } }[],
  fallback?: string,
) {
  const dates = entries.map((e) => e.data.updated);
  return {
    updated: dates.length === 0 && fallback ? fallback : newestDate(dates),
    citations: citationsOf(entries),
  };
}

/** The title, introduction and box of gaps of a collection's overview page. */
export function overviewText(collection: keyof typeof siteText.overviews & CollectionName) {
  const { intro, gaps } = siteText.overviews[collection];
  return { title: CONTENT_TYPES[collection].name.many, intro, gaps: pageGaps({ own: gaps }) };
}

type Listable = { id: string; data: { title: string; summary: string; id?: string } };

/** A collection's entries as its overview lists them: a link, the title and the summary. */
export function listEntries(
  collection: EntryCollection,
  entries: readonly Listable[],
): ListedEntry[] {
  return entries.map((e) => ({
    href: entryUrl(collection, e.id),
    title: e.data.title,
    summary: e.data.summary,
    label: e.data.id,
  }));
}

type WithOrigin = CollectionEntry<'findings' | 'methods' | 'guides'>;

/**
 * Entries grouped by the process they come from, the site's own first, each group with its count
 * and each entry of another process marked with that process.
 * @param prefix the anchor of each group is the origin's slug after this prefix
 */
async function originGroups(
  collection: 'findings' | 'methods' | 'guides',
  entries: readonly WithOrigin[],
  prefix = '',
): Promise<EntryGroup[]> {
  const groups = await groupByOrigin(entries, (entry) => entry.data.origin.id);
  return groups.map(({ origin, items }) => ({
    id: `${prefix}${origin.id}`,
    heading: origin.data.group,
    count: countNoun(items.length, CONTENT_TYPES[collection].name),
    entries: listEntries(collection, items).map((entry) => ({
      ...entry,
      origin: originLabel(origin),
    })),
  }));
}

/** The overview of findings, methods or guides: its text, facts and entries grouped by origin. */
export async function getOriginOverview(collection: 'findings' | 'methods' | 'guides') {
  const entries: WithOrigin[] = await {
    findings: getFindings,
    methods: getMethods,
    guides: getGuides,
  }[collection]();
  return {
    ...overviewText(collection),
    ...overviewFacts(entries),
    groups: await originGroups(collection, entries),
  };
}

/** One row of the evidence overview: a finding with what a researcher needs to cite it. */
export interface EvidenceRow {
  id: string;
  title: string;
  href: string;
  origin: string;
  type: string;
  strength: string;
  version: string;
  shortPath: string;
  citeHref: string;
}

/** Every finding with its origin, evidence, version and short address, for those who cite. */
async function evidenceRows(
  findings: readonly CollectionEntry<'findings'>[],
): Promise<EvidenceRow[]> {
  return Promise.all(
    findings.map(async (finding) => {
      const { origin, evidence } = await findingEvidence(finding);
      const href = entryUrl('findings', finding.id);
      return {
        id: finding.data.id,
        title: finding.data.title,
        href,
        origin: origin.data.name,
        type: evidence.type,
        strength: evidence.strength,
        version: finding.data.version,
        shortPath: shortFindingPath(finding.data.id),
        citeHref: `${href}#${CONTENT_TYPES.findings.anchors.cite}`,
      };
    }),
  );
}

/** The pages a reader's page opens with, each resolved to its title; an unknown address stops the build. */
async function featuredPages(audience: Audience) {
  const [all, origins] = await Promise.all([getAllPages(), getOrigins()]);
  const pages = new Map(all.map((page) => [page.href, page]));
  return siteText.audiences[audience].featured.map(({ href, why }, index) => {
    const page = pages.get(href.split('#')[0]!);
    if (!page)
      throw new Error(
        `content/site.yaml: audiences.${audience}.featured.${index}.href »${href}« er ikke en side på webstedet`,
      );
    const origin = origins.find((o) => o.id === page.origin);
    return { href, title: page.title, why, origin: origin ? originLabel(origin) : '' };
  });
}

/** The anchors of the type lists on a reader's page; the site's own come without a prefix. */
const TYPE_LISTS = [
  { collection: 'guides', id: 'vejledninger' },
  { collection: 'methods', id: 'metoder' },
  { collection: 'findings', id: 'resultater' },
] as const;

/** Every reader's page: what they came for first, the rest grouped by origin, the gaps and sources. */
export async function getAudiencePages() {
  const [guides, methods, findings, siteUpdated] = await Promise.all([
    getGuides(),
    getMethods(),
    getFindings(),
    getSiteUpdated(),
  ]);
  return Promise.all(
    AUDIENCES.map(async (audience: Audience) => {
      const text = siteText.audiences[audience];
      const own = {
        guides: forAudience(guides, audience),
        methods: forAudience(methods, audience),
        findings: forAudience(findings, audience),
      };
      const everything: WithOrigin[] = [...own.guides, ...own.methods, ...own.findings];
      const byOrigin = await groupByOrigin(everything, (entry) => entry.data.origin.id);
      const origins = byOrigin.map(({ origin, items }) => {
        // Within each origin, one list per type; the site's own keep the lists' old anchors.
        const prefix = origin.data.primary ? '' : `${origin.id}-`;
        const lists: EntryGroup[] = TYPE_LISTS.flatMap(({ collection, id }) => {
          const ofType = items.filter((item) => item.collection === collection);
          if (ofType.length === 0) return [];
          const name = CONTENT_TYPES[collection].name;
          return [
            {
              id: `${prefix}${id}`,
              heading: name.many,
              count: countNoun(ofType.length, name),
              entries: listEntries(collection, ofType).map((entry) => ({
                ...entry,
                origin: originLabel(origin),
              })),
            },
          ];
        });
        return { id: origin.id, heading: origin.data.group, lists };
      });
      const primaryLists = new Set(origins[0]?.lists.map((list) => list.id));
      // A type this reader has nothing of keeps its old anchor, on the page's box of gaps.
      const gaps: Gaps = pageGaps({
        own: text.gaps,
        formerAnchors: TYPE_LISTS.map(({ id }) => id).filter((id) => !primaryLists.has(id)),
      });
      return {
        audience,
        path: audiencePath(audience),
        title: t(`audiencePage.title.${audience}`),
        intro: text.intro,
        featured: await featuredPages(audience),
        origins,
        gaps,
        evidence: text.evidenceTable ? await evidenceRows(findings) : [],
        ...overviewFacts(everything, siteUpdated),
      };
    }),
  );
}

/** What getAudiencePages gives each reader's view. */
export type AudiencePage = Awaited<ReturnType<typeof getAudiencePages>>[number];
