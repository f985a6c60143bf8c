import { render, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { site } from '../../site.config.ts';
import { lastChange } from '../changelog.ts';
import { findingCitation } from '../citation-cache.ts';
import { citationMetaTags } from '../citation-meta.ts';
import { resolveReference, resolveReferences } from '../content.ts';
import { pageGaps } from '../gaps.ts';
import { getVersions } from '../versions.ts';
import { findingEvidence } from '../origins.ts';
import { findingReport } from '../structured-data.ts';
import { absoluteUrl, entryUrl } from '../urls.ts';
import { articleFrame, gapsSection, section } from './frame.ts';

const ANCHORS = CONTENT_TYPES.findings.anchors;

/** Everything a finding's page shows, with its references resolved. */
export async function getFindingPage(finding: CollectionEntry<'findings'>) {
  const { data } = finding;
  const [{ Content, headings }, sources, { origin, evidence }, phase] = await Promise.all([
    render(finding),
    resolveReferences(data.sources.map((citation) => citation.source)),
    findingEvidence(finding),
    data.phase ? resolveReference(data.phase) : undefined,
  ]);
  const url = absoluteUrl(entryUrl('findings', finding.id), site.origin);
  const title = `${data.id}: ${data.title}`;
  const parts = [
    {
      id: ANCHORS.context,
      heading: t('finding.context'),
      text: data.context,
      missing: t('finding.missingContext'),
    },
    {
      id: ANCHORS.mechanism,
      heading: t('finding.mechanism'),
      text: data.mechanism,
      missing: t('finding.missingMechanism'),
    },
    {
      id: ANCHORS.outcome,
      heading: t('finding.outcome'),
      text: data.outcome,
      missing: t('finding.missingOutcome'),
    },
  ];
  const gaps = pageGaps({
    parts: parts.map((part) => ({ id: part.id, filled: part.text !== '', missing: part.missing })),
    own: data.gaps,
    notes: [data.realistQuestions.length === 0 ? origin.data.unansweredQuestions : ''],
    editorial: phase !== undefined,
    formerAnchors: data.formerAnchors,
  });
  const filled = parts.filter((part) => part.text !== '');
  const citation = findingCitation(finding, sources);
  // Each source citation quotes the passage it points to; sources resolve in the same order.
  const basis = data.sources.map((citation, index) => ({
    quote: citation.quote,
    locator: citation.locator,
    source: {
      title: sources[index]?.data.title ?? citation.source.id,
      href: entryUrl('sources', citation.source.id),
    },
  }));
  const versions = await getVersions('findings', finding);
  return {
    finding,
    data,
    versionPages: new Map(versions.map((v) => [v.version, v.url])),
    currentVersionUrl: versions.at(-1)!.url,
    Content,
    // The statement is the page's lead, said once, with its fixed anchor on it.
    frame: {
      ...articleFrame('findings', data, title),
      lead: data.statement,
      leadId: ANCHORS.statement,
    },
    toc: [
      ...filled.map((part) => section(part.id, part.heading)),
      section(ANCHORS.basis, t('basis.heading')),
      ...gapsSection(gaps),
      ...headings,
      section(ANCHORS.cite, t('cite.heading')),
      section(ANCHORS.changelog, t('changelog.heading')),
    ],
    parts: filled,
    basis,
    gaps,
    evidence,
    origin,
    phase,
    citation,
    jsonLd: [
      findingReport({
        id: data.id,
        // The report's own title, as in its citation; the id is its identifier.
        title: data.title,
        summary: data.summary,
        url,
        published: data.published,
        modified: lastChange(data.changelog) ?? data.updated,
        version: data.version,
        sources: sources.map((source) => absoluteUrl(entryUrl('sources', source.id), site.origin)),
      }),
    ],
    // Google Scholar and reference managers read the same record as the citation files.
    scholar: citationMetaTags(citation.record, site.licence.url),
  };
}

/** What getFindingPage gives the finding view. */
export type FindingPage = Awaited<ReturnType<typeof getFindingPage>>;
