import { render, type CollectionEntry } from 'astro:content';
import { t } from '../../i18n/da.ts';
import { getGuides, getPhases, resolveReference } from '../content.ts';
import { articleFrame, section } from './frame.ts';

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
  const phases = allPhases.filter((phase) =>
    phase.data.methods.some((link) => link.method.id === method.id),
  );
  const guides = allGuides.filter((guide) =>
    guide.data.methods.some((ref) => ref.id === method.id),
  );
  return {
    method,
    data,
    Content,
    frame: articleFrame('methods', data),
    toc: [
      ...headings,
      ...(phases.length > 0 ? [section(METHOD_RELATED_ANCHORS.phases, t('method.phases'))] : []),
      ...(guides.length > 0 ? [section(METHOD_RELATED_ANCHORS.guides, t('method.guides'))] : []),
    ],
    origin,
    phases,
    guides,
  };
}

/** What getMethodPage gives the method view. */
export type MethodPage = Awaited<ReturnType<typeof getMethodPage>>;
