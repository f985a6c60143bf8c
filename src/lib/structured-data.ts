import { site } from '../site.config.ts';
import { HOME_PATH, SEARCH_PATH } from './fixed-pages.ts';
import { absoluteUrl } from './urls.ts';

/** One schema.org object, serialised as JSON-LD in the page head. */
export type JsonLd = Record<string, unknown>;

/** The site's publisher as a schema.org Organization. */
function publisherOrganization(): JsonLd {
  return { '@type': 'Organization', name: site.publisher, url: site.origin };
}

/** Adds the schema.org context every top-level object needs. */
function withContext(object: JsonLd): JsonLd {
  return { '@context': 'https://schema.org', ...object };
}

/**
 * The breadcrumb trail of a page, as schema.org BreadcrumbList.
 * @param trail the pages above, home first, then the current page
 */
export function breadcrumbList(trail: { label: string; href: string }[]): JsonLd {
  return withContext({
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href, site.origin),
    })),
  });
}

/** The home page's WebSite and Organization, with the search page as its search action. */
export function websiteAndOrganization(description: string): JsonLd[] {
  return [
    withContext({
      '@type': 'WebSite',
      name: site.name,
      description,
      url: absoluteUrl(HOME_PATH, site.origin),
      inLanguage: 'da',
      license: site.licence.url,
      publisher: publisherOrganization(),
      potentialAction: {
        '@type': 'SearchAction',
        target: `${absoluteUrl(SEARCH_PATH, site.origin)}?q={search_term_string}`,
        'query-input': 'required name=search_term_string',
      },
    }),
    withContext(publisherOrganization()),
  ];
}

/** What a finding's or guide's metadata needs. */
export interface VersionedPage {
  title: string;
  summary: string;
  url: string;
  published: string;
  /** The newest date in the change log. */
  modified: string;
  version: string;
}

/** The properties findings and guides share: what, where, when, which version, whose and under which licence. */
function versionedProperties(page: VersionedPage): JsonLd {
  return {
    name: page.title,
    description: page.summary,
    url: page.url,
    inLanguage: 'da',
    datePublished: page.published,
    dateModified: page.modified,
    version: page.version,
    author: publisherOrganization(),
    publisher: publisherOrganization(),
    license: site.licence.url,
  };
}

/** A finding as a schema.org Report. */
export function findingReport(page: VersionedPage & { id: string; sources: string[] }): JsonLd {
  return withContext({
    '@type': 'Report',
    identifier: page.id,
    headline: page.title,
    ...versionedProperties(page),
    isBasedOn: page.sources,
  });
}

/** A guide as a schema.org HowTo with its ordered steps. */
export function guideHowTo(
  page: VersionedPage & { steps: { title: string; text: string }[] },
): JsonLd {
  return withContext({
    '@type': 'HowTo',
    ...versionedProperties(page),
    step: page.steps.map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      name: step.title,
      text: step.text,
    })),
  });
}

/**
 * Serialises JSON-LD for an inline script element; `<` is escaped so no text can close the element.
 * @example jsonLdText({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonLdText(object: JsonLd): string {
  return JSON.stringify(object).replace(/</g, '\\u003c');
}
