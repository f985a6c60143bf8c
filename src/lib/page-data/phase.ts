import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { getFindings, getPhases, resolveReferences } from '../content.ts';
import { neighbours } from '../neighbours.ts';
import { articleFrame, section } from './frame.ts';

const ANCHORS = CONTENT_TYPES.phases.anchors;
/** The section listing the phase's findings, shown only when there are some. */
export const PHASE_FINDINGS_ANCHOR = 'resultater';

/** Everything a phase's page shows: its methods and guides, its findings and its neighbours. */
export async function getPhasePage(phase: CollectionEntry<'phases'>) {
  const { data } = phase;
  const [{ Content, headings }, phases, allFindings, methods, guides] = await Promise.all([
    render(phase),
    getPhases(),
    getFindings(),
    resolveReferences(data.methods.map((link) => link.method)),
    resolveReferences(data.guides),
  ]);
  const findings = allFindings.filter((finding) => finding.data.phase?.id === phase.id);
  return {
    phase,
    data,
    Content,
    frame: articleFrame('phases', data),
    toc: [
      section(ANCHORS.purpose, t('phase.purpose')),
      section(ANCHORS.activities, t('phase.activities')),
      section(ANCHORS.outputs, t('phase.outputs')),
      section(ANCHORS.methods, t('phase.methods')),
      section(ANCHORS.guides, t('phase.guides')),
      ...headings,
      ...(findings.length > 0 ? [section(PHASE_FINDINGS_ANCHOR, t('phase.findings'))] : []),
    ],
    phases,
    // Each method with the phase's own mark of whether the link is the editors'.
    methods: data.methods.map((link, index) => ({
      method: methods[index]!,
      editorial: link.editorial,
    })),
    guides,
    findings,
    ...neighbours(phases, phase.id),
  };
}

/** What getPhasePage gives the phase view. */
export type PhasePage = Awaited<ReturnType<typeof getPhasePage>>;
