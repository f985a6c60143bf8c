import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { sourceRecord } from '../citation-records.ts';
import { citationFileBase } from '../citation-cache.ts';
import { citationMetaTags } from '../citation-meta.ts';
import { danishDate } from '../dates.ts';
import { institutionName } from '../institutions.ts';
import { pageGaps } from '../gaps.ts';
import { articleFrame, gapsSection, section } from './frame.ts';

/** Everything a source document's page shows: its facts and how to cite it. */
export async function getSourcePage(source: CollectionEntry<'sources'>) {
  const { data } = source;
  const { Content, headings } = await render(source);
  const gaps = pageGaps({ own: data.gaps, formerAnchors: data.formerAnchors });
  const record = sourceRecord(data, source.id);
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
      { label: t('source.institution'), value: institutionName(data) },
      { label: t('source.type'), value: data.documentType },
      { label: t('source.date'), value: data.date ? danishDate(data.date) : t('source.noDate') },
      ...(data.caseNumber ? [{ label: t('source.caseNumber'), value: data.caseNumber }] : []),
      ...(data.documentNumber
        ? [{ label: t('source.documentNumber'), value: data.documentNumber }]
        : []),
    ],
    citation: { record, fileBase: citationFileBase('sources', source.id) },
    // The page describes the document, so a reader who saves it gets the document: its own
    // title, institution, date and number, and not the site's licence.
    scholar: citationMetaTags(record),
  };
}

/** What getSourcePage gives the source view. */
export type SourcePage = Awaited<ReturnType<typeof getSourcePage>>;
