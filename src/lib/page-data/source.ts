import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { sourceRecord } from '../citation-records.ts';
import { citationFileBase } from '../citation-cache.ts';
import { danishDate } from '../dates.ts';
import { pageGaps } from '../gaps.ts';
import { articleFrame, gapsSection, section } from './frame.ts';

/** Everything a source document's page shows: its facts and how to cite it. */
export async function getSourcePage(source: CollectionEntry<'sources'>) {
  const { data } = source;
  const { Content, headings } = await render(source);
  const gaps = pageGaps({ own: data.gaps, formerAnchors: data.formerAnchors });
  return {
    source,
    data,
    Content,
    frame: articleFrame('sources', data),
    toc: [
      ...headings,
      ...gapsSection(gaps),
      section(CONTENT_TYPES.sources.anchors.cite, t('cite.heading')),
    ],
    gaps,
    facts: [
      { label: t('source.institution'), value: data.institution },
      { label: t('source.type'), value: data.documentType },
      { label: t('source.date'), value: data.date ? danishDate(data.date) : t('source.noDate') },
      ...(data.caseNumber ? [{ label: t('source.caseNumber'), value: data.caseNumber }] : []),
      ...(data.documentNumber
        ? [{ label: t('source.documentNumber'), value: data.documentNumber }]
        : []),
    ],
    citation: {
      record: sourceRecord(data, source.id),
      fileBase: citationFileBase('sources', source.id),
    },
  };
}

/** What getSourcePage gives the source view. */
export type SourcePage = Awaited<ReturnType<typeof getSourcePage>>;
