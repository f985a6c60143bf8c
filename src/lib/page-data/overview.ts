import { CONTENT_TYPES, type CollectionName, type EntryCollection } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { siteText } from '../../site.config.ts';
import { AUDIENCES, forAudience, type Audience } from '../audiences.ts';
import { citationsOf, type SourceCitation } from '../source-citations.ts';
import { getFindings, getGuides, getMethods, resolveReferences } from '../content.ts';
import { newestDate } from '../dates.ts';
import { audiencePath } from '../fixed-pages.ts';
import { getSiteUpdated } from '../site-index.ts';
import { entryUrl } from '../urls.ts';

/** One entry as an overview lists it. */
export interface ListedEntry {
  href: string;
  title: string;
  summary: string;
  /** A short label shown before the title, such as a finding's id. */
  label?: string | undefined;
  /** A short note shown after the summary, such as where a finding comes from. */
  note?: string | undefined;
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

/** The title and introduction of a collection's overview page. */
export function overviewText(collection: keyof typeof siteText.overviews & CollectionName) {
  return { title: CONTENT_TYPES[collection].name.many, intro: siteText.overviews[collection] };
}

/** A group of one reader's page: a heading and the entries in it. */
interface AudienceGroup {
  id: string;
  heading: string;
  entries: ListedEntry[];
}

const listed =
  (collection: EntryCollection) =>
  (e: { id: string; data: { title: string; summary: string } }) => ({
    href: entryUrl(collection, e.id),
    title: e.data.title,
    summary: e.data.summary,
  });

/** A collection's entries as its overview lists them: a link, the title and the summary. */
export function listEntries(
  collection: EntryCollection,
  entries: readonly { id: string; data: { title: string; summary: string } }[],
): ListedEntry[] {
  return entries.map(listed(collection));
}

/** Every reader's page: its title, introduction, groups of entries, date and sources. */
export async function getAudiencePages() {
  const [guides, methods, findings, siteUpdated] = await Promise.all([
    getGuides(),
    getMethods(),
    getFindings(),
    getSiteUpdated(),
  ]);
  return AUDIENCES.map((audience: Audience) => {
    const own = {
      guides: forAudience(guides, audience),
      methods: forAudience(methods, audience),
      findings: forAudience(findings, audience),
    };
    const groups: AudienceGroup[] = [
      {
        id: 'vejledninger',
        heading: t('audiencePage.guides'),
        entries: own.guides.map(listed('guides')),
      },
      {
        id: 'metoder',
        heading: t('audiencePage.methods'),
        entries: own.methods.map(listed('methods')),
      },
      {
        id: 'resultater',
        heading: t('audiencePage.findings'),
        entries: own.findings.map(listed('findings')),
      },
    ];
    return {
      audience,
      path: audiencePath(audience),
      title: t(`audiencePage.title.${audience}`),
      intro: siteText.audiences[audience],
      groups,
      ...overviewFacts([...own.guides, ...own.methods, ...own.findings], siteUpdated),
    };
  });
}

/** What getAudiencePages gives each reader's view. */
export type AudiencePage = Awaited<ReturnType<typeof getAudiencePages>>[number];

/** The findings' overview: each finding with its id and the process it comes from. */
export async function getFindingOverview() {
  const findings = await getFindings();
  const origins = await resolveReferences(findings.map((f) => f.data.origin));
  return {
    ...overviewText('findings'),
    ...overviewFacts(findings),
    entries: findings.map((f, index) => ({
      ...listed('findings')(f),
      label: f.data.id,
      note: `${t('finding.origin')}: ${origins[index]!.data.name}`,
    })),
  };
}
