import { siteText } from '../../site.config.ts';
import { t } from '../../i18n/da.ts';
import { AUDIENCES } from '../audiences.ts';
import { citationsOf } from '../source-citations.ts';
import { getLatestFindings, getModel, getPhases, resolveReferences } from '../content.ts';
import { originLabel } from '../origins.ts';
import { newestDate } from '../dates.ts';
import { audiencePath } from '../fixed-pages.ts';
import { entryUrl, overviewUrl } from '../urls.ts';

/** How many of the newest findings the front page shows. */
const LATEST_FINDINGS = 4;

/** Everything the front page shows: the model in short, the readers' ways in, the phases, the newest findings. */
export async function getHomePage() {
  const [model, phases, findings] = await Promise.all([
    getModel(),
    getPhases(),
    getLatestFindings(LATEST_FINDINGS),
  ]);
  const origins = await resolveReferences(findings.map((f) => f.data.origin));
  const shown = [model, ...phases, ...findings];
  return {
    model,
    intro: siteText.home.intro,
    modelLink: { href: overviewUrl('model')!, text: siteText.home.modelLink },
    entryPoints: AUDIENCES.map((audience) => ({
      href: audiencePath(audience),
      label: t(`audience.${audience}`),
      text: siteText.home.audiences[audience],
    })),
    phases,
    latest: findings.map((f, index) => ({
      href: entryUrl('findings', f.id),
      title: f.data.title,
      summary: f.data.summary,
      label: f.data.id,
      origin: originLabel(origins[index]!),
    })),
    allFindings: overviewUrl('findings')!,
    updated: newestDate(shown.map((e) => e.data.updated)),
    citations: citationsOf(shown),
  };
}

/** What getHomePage gives the front page. */
export type HomePage = Awaited<ReturnType<typeof getHomePage>>;
