import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { site } from '../../site.config.ts';
import { lastChange } from '../changelog.ts';
import { resolveReference, resolveReferences } from '../content.ts';
import { guideHowTo } from '../structured-data.ts';
import { absoluteUrl, entryUrl } from '../urls.ts';
import { pageGaps } from '../gaps.ts';
import { withOriginLabels } from '../origins.ts';
import { articleFrame, gapsSection, section } from './frame.ts';

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
  const lists = [
    { id: ANCHORS.roles, heading: t('guide.roles'), count: data.roles.length },
    {
      id: ANCHORS.prerequisites,
      heading: t('guide.prerequisites'),
      count: data.prerequisites.length,
    },
    { id: ANCHORS.steps, heading: t('guide.steps'), count: data.steps.length },
    { id: ANCHORS.checklist, heading: t('guide.checklist'), count: data.checklist.length },
    { id: ANCHORS.pitfalls, heading: t('guide.pitfalls'), count: data.pitfalls.length },
  ];
  const gaps = pageGaps({
    parts: lists.map((list) => ({
      id: list.id,
      filled: list.count > 0,
      missing: t('guide.missingPart', { part: list.heading.toLocaleLowerCase('da') }),
    })),
    own: data.gaps,
    editorial: true,
    formerAnchors: data.formerAnchors,
  });
  const shown = new Set(lists.filter((list) => list.count > 0).map((list) => list.id));
  return {
    guide,
    data,
    Content,
    frame: articleFrame('guides', data),
    toc: [
      section(ANCHORS.purpose, t('guide.purpose')),
      ...lists.filter((list) => shown.has(list.id)).map((list) => section(list.id, list.heading)),
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
