import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { site } from '../../site.config.ts';
import { lastChange } from '../changelog.ts';
import { resolveReference, resolveReferences } from '../content.ts';
import { guideHowTo } from '../structured-data.ts';
import { absoluteUrl, entryUrl } from '../urls.ts';
import { pageGaps } from '../gaps.ts';
import { getVersions } from '../versions.ts';
import { withOriginLabels } from '../origins.ts';
import { articleFrame, gapsSection, listParts, section } from './frame.ts';

const ANCHORS = CONTENT_TYPES.guides.anchors;

/** Everything a guide's page shows, with its phase and methods resolved. */
export async function getGuidePage(guide: CollectionEntry<'guides'>) {
  const { data } = guide;
  const [{ Content, headings }, phase, methods, origin] = await Promise.all([
    render(guide),
    resolveReference(data.phase),
    resolveReferences(data.methods),
    resolveReference(data.origin),
  ]);
  // The task comes first: who does what, the steps and the checks; the source notes follow.
  const missing = (heading: string) =>
    t('guide.missingPart', { part: heading.toLocaleLowerCase('da') });
  const list = (id: string, heading: string, count: number) => ({
    id,
    heading,
    count,
    missing: missing(heading),
  });
  const { parts, shown, sections } = listParts([
    list(ANCHORS.roles, t('guide.roles'), data.roles.length),
    list(ANCHORS.prerequisites, t('guide.prerequisites'), data.prerequisites.length),
    list(ANCHORS.steps, t('guide.steps'), data.steps.length),
    list(ANCHORS.checklist, t('guide.checklist'), data.checklist.length),
    list(ANCHORS.pitfalls, t('guide.pitfalls'), data.pitfalls.length),
  ]);
  const gaps = pageGaps({
    parts,
    own: data.gaps,
    editorial: true,
    formerAnchors: data.formerAnchors,
  });
  const versions = await getVersions('guides', guide);
  return {
    guide,
    data,
    versionPages: new Map(versions.map((v) => [v.version, v.url])),
    Content,
    frame: articleFrame('guides', data),
    toc: [
      section(ANCHORS.purpose, t('guide.purpose')),
      ...sections,
      ...headings,
      ...gapsSection(gaps),
      section(ANCHORS.related, t('guide.related')),
      section(ANCHORS.changelog, t('changelog.heading')),
    ],
    shown,
    gaps,
    origin,
    phase,
    // A method of the guide's own origin needs no mark; one of another process does.
    methods: (await withOriginLabels(methods)).map(({ entry, origin: label }) => ({
      entry,
      origin: entry.data.origin.id === origin.id ? '' : label,
    })),
    jsonLd: [
      guideHowTo({
        title: data.title,
        summary: data.summary,
        url: absoluteUrl(entryUrl('guides', guide.id), site.origin),
        published: data.published,
        modified: lastChange(data.changelog) ?? data.updated,
        version: data.version,
        steps: data.steps,
      }),
    ],
  };
}

/** What getGuidePage gives the guide view. */
export type GuidePage = Awaited<ReturnType<typeof getGuidePage>>;
