import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { site } from '../../site.config.ts';
import { lastChange } from '../changelog.ts';
import { resolveReference, resolveReferences } from '../content.ts';
import { guideHowTo } from '../structured-data.ts';
import { absoluteUrl, entryUrl } from '../urls.ts';
import { articleFrame, section } from './frame.ts';

const ANCHORS = CONTENT_TYPES.guides.anchors;

/** Everything a guide's page shows, with its phase and methods resolved. */
export async function getGuidePage(guide: CollectionEntry<'guides'>) {
  const { data } = guide;
  const [{ Content, headings }, phase, methods] = await Promise.all([
    render(guide),
    resolveReference(data.phase),
    resolveReferences(data.methods),
  ]);
  return {
    guide,
    data,
    Content,
    frame: articleFrame('guides', data),
    toc: [
      ...headings,
      section(ANCHORS.purpose, t('guide.purpose')),
      section(ANCHORS.prerequisites, t('guide.prerequisites')),
      section(ANCHORS.roles, t('guide.roles')),
      section(ANCHORS.steps, t('guide.steps')),
      section(ANCHORS.checklist, t('guide.checklist')),
      section(ANCHORS.pitfalls, t('guide.pitfalls')),
      section(ANCHORS.related, t('guide.related')),
      section(ANCHORS.changelog, t('changelog.heading')),
    ],
    phase,
    methods,
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
