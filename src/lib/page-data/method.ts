import { render, type CollectionEntry } from 'astro:content';
import { t } from '../../i18n/da.ts';
import { getGuides, getPhases, resolveReference } from '../content.ts';
import { pageGaps } from '../gaps.ts';
import { withOriginLabels } from '../origins.ts';
import { articleFrame, gapsSection, section } from './frame.ts';

/** Sections a method's page adds when other pages use the method. */
export const METHOD_RELATED_ANCHORS = { phases: 'faser', guides: 'vejledninger' } as const;

/** Everything a method's page shows, with the phases and guides that use it. */
export async function getMethodPage(method: CollectionEntry<'methods'>) {
  const { data } = method;
  const [{ Content, headings }, allPhases, allGuides, origin] = await Promise.all([
    render(method),
    getPhases(),
    getGuides(),
    resolveReference(data.origin),
  ]);
  // Each phase the method is linked to, with the phase's own mark of whether the link is the editors'.
  const phases = allPhases.flatMap((phase) => {
    const link = phase.data.methods.find((l) => l.method.id === method.id);
    return link ? [{ phase, editorial: link.editorial }] : [];
  });
  const guides = allGuides.filter((guide) =>
    guide.data.methods.some((ref) => ref.id === method.id),
  );
  const gaps = pageGaps({
    own: data.gaps,
    editorial: phases.some((link) => link.editorial),
    formerAnchors: data.formerAnchors,
  });
  return {
    method,
    data,
    Content,
    frame: articleFrame('methods', data),
    toc: [
      ...headings,
      ...gapsSection(gaps),
      ...(guides.length > 0 ? [section(METHOD_RELATED_ANCHORS.guides, t('method.guides'))] : []),
      ...(phases.length > 0 ? [section(METHOD_RELATED_ANCHORS.phases, t('method.phases'))] : []),
    ],
    gaps,
    origin,
    phases,
    // A guide of the method's own origin needs no mark; one of another process does.
    guides: (await withOriginLabels(guides)).map(({ entry, origin: label }) => ({
      entry,
      origin: entry.data.origin.id === origin.id ? '' : label,
    })),
  };
}

/** What getMethodPage gives the method view. */
export type MethodPage = Awaited<ReturnType<typeof getMethodPage>>;
