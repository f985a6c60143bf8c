import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { getFindings, getPhases, resolveReferences } from '../content.ts';
import { neighbours } from '../neighbours.ts';
import { getPrimaryOrigin, originLabels, withOriginLabels } from '../origins.ts';
import { pageGaps } from '../gaps.ts';
import { articleFrame, gapsSection, listParts, section } from './frame.ts';

const ANCHORS = CONTENT_TYPES.phases.anchors;
/** The section listing the phase's findings, shown only when there are some. */
export const PHASE_FINDINGS_ANCHOR = 'resultater';

/** Everything a phase's page shows: its methods and guides, its findings and its neighbours. */
export async function getPhasePage(phase: CollectionEntry<'phases'>) {
  const { data } = phase;
  const [{ Content, headings }, phases, allFindings, methods, guides, origin] = await Promise.all([
    render(phase),
    getPhases(),
    getFindings(),
    resolveReferences(data.methods.map((link) => link.method)),
    resolveReferences(data.guides),
    getPrimaryOrigin(),
  ]);
  const findings = allFindings.filter((finding) => finding.data.phase?.id === phase.id);
  const { parts, shown, sections } = listParts([
    {
      id: ANCHORS.activities,
      heading: t('phase.activities'),
      count: data.activities.length,
      missing: t('phase.missingActivities'),
    },
    {
      id: ANCHORS.outputs,
      heading: t('phase.outputs'),
      count: data.outputs.length,
      missing: t('phase.missingOutputs'),
    },
    {
      id: ANCHORS.methods,
      heading: t('phase.methods'),
      count: data.methods.length,
      missing: t('phase.missingMethods'),
    },
    {
      id: ANCHORS.guides,
      heading: t('phase.guides'),
      count: data.guides.length,
      missing: t('phase.missingGuides'),
    },
  ]);
  const gaps = pageGaps({
    parts,
    own: data.gaps,
    // Findings are always placed by the editors; methods only where the phase says so.
    editorial: findings.length > 0 || data.methods.some((link) => link.editorial),
    formerAnchors: data.formerAnchors,
  });
  return {
    phase,
    data,
    Content,
    frame: articleFrame('phases', data),
    toc: [
      section(ANCHORS.purpose, t('phase.purpose')),
      ...sections,
      ...gapsSection(gaps),
      ...headings,
      ...(findings.length > 0 ? [section(PHASE_FINDINGS_ANCHOR, t('phase.findings'))] : []),
    ],
    shown,
    gaps,
    // Phases are the site's own intervention's; search can narrow to it.
    origin,
    phases,
    // Each method with the phase's own mark of whether the link is the editors', and its origin's.
    methods: await Promise.all(
      data.methods.map(async (link, index) => ({
        method: methods[index]!,
        editorial: link.editorial,
        origin: (await originLabels([methods[index]!]))[0]!,
      })),
    ),
    guides: await withOriginLabels(guides),
    findings: await withOriginLabels(findings),
    ...neighbours(phases, phase.id),
  };
}

/** What getPhasePage gives the phase view. */
export type PhasePage = Awaited<ReturnType<typeof getPhasePage>>;
