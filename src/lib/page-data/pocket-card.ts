import type { CollectionEntry } from 'astro:content';
import { t } from '../../i18n/da.ts';
import { site } from '../../site.config.ts';
import { resolveReference, resolveReferences } from '../content.ts';
import { institutionName } from '../institutions.ts';
import { originLabel } from '../origins.ts';
import { absoluteUrl, entryUrl } from '../urls.ts';
import { trailTo } from './frame.ts';

/**
 * Everything a guide's pocket card shows: the purpose, the steps and the checklist as the guide
 * has them, and, for paper, the guide's full address, version, date and sources.
 */
export async function getPocketCardPage(guide: CollectionEntry<'guides'>) {
  const { data } = guide;
  const guideHref = entryUrl('guides', guide.id);
  // A guide cites one source for several of its parts; the card names each source once.
  const refs = data.sources
    .map((citation) => citation.source)
    .filter((ref, index, all) => all.findIndex((other) => other.id === ref.id) === index);
  const [origin, sources] = await Promise.all([
    resolveReference(data.origin),
    resolveReferences(refs),
  ]);
  return {
    title: t('pocketCard.title', { title: data.title }),
    heading: data.title,
    summary: t('pocketCard.summary', { title: data.title }),
    trail: [...trailTo('guides'), { label: data.title, href: guideHref }],
    purpose: data.purpose,
    steps: data.steps,
    checklist: data.checklist,
    // Empty for the site's own process; another process is named on paper too.
    origin: originLabel(origin),
    guideHref,
    address: absoluteUrl(guideHref, site.origin),
    version: data.version,
    updated: data.updated,
    sources: sources.map((source) => `${source.data.title} (${institutionName(source.data)})`),
  };
}

/** What getPocketCardPage gives the pocket card view. */
export type PocketCardPage = Awaited<ReturnType<typeof getPocketCardPage>>;
