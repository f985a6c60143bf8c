import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { getModel, getPhases, getTheoriesOfChange } from '../content.ts';
import { countWord } from '../danish-numbers.ts';
import { pageGaps } from '../gaps.ts';
import { getPrimaryOrigin } from '../origins.ts';
import { slugify } from '../slug.ts';
import { entryUrl } from '../urls.ts';
import { articleFrame, gapsSection, section } from './frame.ts';

const ANCHORS = CONTENT_TYPES.model.anchors;

/** Everything the model's page shows: the model, its phases and its theory of change. */
export async function getModelPage() {
  const model = await getModel();
  const { data } = model;
  const [{ Content, headings }, phases, [theory], origin] = await Promise.all([
    render(model),
    getPhases(),
    getTheoriesOfChange(),
    getPrimaryOrigin(),
  ]);
  const gaps = pageGaps({ own: data.gaps, formerAnchors: data.formerAnchors });
  const headingsText = {
    phases: t('model.phases', { count: countWord(phases.length) }),
    dimensions: t('model.dimensions', { count: countWord(data.dimensions.length) }),
  };
  return {
    model,
    data,
    Content,
    frame: articleFrame('model', data),
    toc: [
      section(ANCHORS.dimensions, headingsText.dimensions),
      ...gapsSection(gaps),
      section(ANCHORS.principles, t('model.principles')),
      section(ANCHORS.partnership, t('model.partnership')),
      ...(theory ? [section(ANCHORS.theory, t('theory.heading'))] : []),
      section(ANCHORS.phases, headingsText.phases),
      ...headings,
    ],
    headings: headingsText,
    // Each dimension's name is its anchor, so /model/#maalgruppe lands on the target group.
    dimensions: data.dimensions.map((d) => ({ ...d, id: slugify(d.name) })),
    gaps,
    origin,
    dimensionsIntro: t('model.dimensionsIntro', { count: countWord(data.dimensions.length) }),
    phases,
    theory: theory && {
      href: entryUrl('theoryOfChange', theory.id),
      linkText: theory.data.linkText,
      summary: theory.data.summary,
    },
  };
}

/** What getModelPage gives the model view. */
export type ModelPage = Awaited<ReturnType<typeof getModelPage>>;

/** Everything a free-standing page shows. */
export async function getStandalonePage(page: CollectionEntry<'pages'>) {
  const { Content, headings } = await render(page);
  const gaps = pageGaps({ own: page.data.gaps, formerAnchors: page.data.formerAnchors });
  return {
    data: page.data,
    Content,
    frame: articleFrame('pages', page.data),
    toc: [...headings, ...gapsSection(gaps)],
    gaps,
  };
}

/** What getStandalonePage gives the page view. */
export type StandalonePage = Awaited<ReturnType<typeof getStandalonePage>>;
