import type { CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../../content-types.ts';
import { t } from '../../i18n/da.ts';
import { published } from '../content.ts';
import { findingVersionCitation } from '../citation-cache.ts';
import { citationMetaTags } from '../citation-meta.ts';
import { site } from '../../site.config.ts';
import { renderMarkdown } from '../markdown.ts';
import { entryUrl } from '../urls.ts';
import { comparableText, VERSIONED, type VersionedCollection } from '../version-text.ts';
import { getVersions, type Version } from '../versions.ts';
import { wordDiff } from '../word-diff.ts';
import { trailTo } from './frame.ts';

type VersionedEntry = CollectionEntry<'findings'> | CollectionEntry<'guides'>;

/** What a version's page is made from. */
export interface VersionProps {
  collection: VersionedCollection;
  entry: VersionedEntry;
  versions: Version[];
  index: number;
}

/**
 * One page per published version of every entry of every versioned type, at the entry's own
 * address plus `version/<major>-<minor>/`; `section` is the type's URL segment.
 */
export async function versionPaths() {
  const pages = await Promise.all(
    (Object.keys(VERSIONED) as VersionedCollection[]).map(async (collection) => {
      const section = CONTENT_TYPES[collection].route.path.slice(1, -1);
      const entries = (await published(collection)) as VersionedEntry[];
      const perEntry = await Promise.all(
        entries.map(async (entry) => {
          const versions = await getVersions(collection, entry);
          return versions.map((version, index) => ({
            params: { section, slug: entry.id, version: version.slug },
            props: { collection, entry, versions, index } satisfies VersionProps,
          }));
        }),
      );
      return perEntry.flat();
    }),
  );
  return pages.flat();
}

/** Everything a version's page shows: the banner, what changed, the text and how to cite it. */
export async function getVersionPage({ collection, entry, versions, index }: VersionProps) {
  const version = versions[index]!;
  const newest = versions.at(-1)!;
  const previous = index > 0 ? versions[index - 1] : undefined;
  const entryHref = entryUrl(collection, entry.id);
  const citation =
    collection === 'findings'
      ? findingVersionCitation(entry as CollectionEntry<'findings'>, version)
      : undefined;
  return {
    title: version.title,
    heading: t('version.title', { version: version.version, title: version.title }),
    summary: t('version.summary', { version: version.version, title: version.title }),
    trail: [...trailTo(collection), { label: entry.data.title, href: entryHref }],
    version,
    newest,
    isNewest: version === newest,
    entryHref,
    previous,
    changes: previous ? wordDiff(comparableText(previous.text), comparableText(version.text)) : [],
    html: await renderMarkdown(version.text),
    versions,
    citation,
    // A reference manager saves the version itself, with its own number, date and address.
    scholar: citation ? citationMetaTags(citation.record, site.licence.url) : undefined,
  };
}

/** What getVersionPage gives the version view. */
export type VersionPage = Awaited<ReturnType<typeof getVersionPage>>;
