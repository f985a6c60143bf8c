import { COLLECTIONS, CONTENT_TYPES } from '../content-types.ts';
import { t } from '../i18n/da.ts';
import { AUDIENCES } from './audiences.ts';
import {
  getFindings,
  getGuides,
  getMethods,
  getModel,
  getPages,
  getPhases,
  getSources,
  getTheoriesOfChange,
  published,
} from './content.ts';
import { newestDate } from './dates.ts';
import {
  ALL_PAGES_PATH,
  audiencePath,
  DATA_PATH,
  KIT_PATH,
  HOME_PATH,
  OVERVIEW_PATHS,
  SEARCH_PATH,
} from './fixed-pages.ts';
import { entryUrl, pageUrl } from './urls.ts';

/** A page as the A–Å list of every page shows it. */
export interface ListedPage {
  title: string;
  href: string;
  /** The process the page comes from, by its slug; pages of no process belong to the site's own. */
  origin?: string;
}

/** The newest "Sidst opdateret" date of any published entry, for pages with no content of their own. */
export async function getSiteUpdated(): Promise<string> {
  const lists = await Promise.all(COLLECTIONS.map((name) => published(name)));
  return newestDate(
    lists.flat().flatMap((entry) => ('updated' in entry.data ? [entry.data.updated] : [])),
  );
}

/** The titles of the pages that no content file makes, by address. */
function fixedPageTitles(): ListedPage[] {
  return [
    { title: t('nav.home'), href: HOME_PATH },
    { title: t('searchPage.title'), href: SEARCH_PATH },
    ...Object.entries(OVERVIEW_PATHS).map(([name, href]) => ({
      title: CONTENT_TYPES[name as keyof typeof CONTENT_TYPES].name.many,
      href,
    })),
    { title: t('allPages.title'), href: ALL_PAGES_PATH },
    { title: t('data.title'), href: DATA_PATH },
    { title: t('kit.title'), href: KIT_PATH },
    ...AUDIENCES.map((audience) => ({
      title: t(`audiencePage.title.${audience}`),
      href: audiencePath(audience),
    })),
  ];
}

/** Every page of the site with its title, for the A–Å list that stands in for search without JavaScript. */
export async function getAllPages(): Promise<ListedPage[]> {
  const [model, theories, phases, findings, guides, methods, sources, pages] = await Promise.all([
    getModel(),
    getTheoriesOfChange(),
    getPhases(),
    getFindings(),
    getGuides(),
    getMethods(),
    getSources(),
    getPages(),
  ]);
  return [
    ...fixedPageTitles(),
    { title: model.data.title, href: CONTENT_TYPES.model.route.path },
    ...theories.map((e) => ({ title: e.data.title, href: entryUrl('theoryOfChange', e.id) })),
    ...phases.map((e) => ({ title: e.data.title, href: entryUrl('phases', e.id) })),
    ...findings.map((e) => ({
      title: `${e.data.id}: ${e.data.title}`,
      href: entryUrl('findings', e.id),
      origin: e.data.origin.id,
    })),
    ...guides.map((e) => ({
      title: e.data.title,
      href: entryUrl('guides', e.id),
      origin: e.data.origin.id,
    })),
    ...methods.map((e) => ({
      title: e.data.title,
      href: entryUrl('methods', e.id),
      origin: e.data.origin.id,
    })),
    ...sources.map((e) => ({
      title: e.data.title,
      href: entryUrl('sources', e.id),
    })),
    ...pages.map((e) => ({ title: e.data.title, href: pageUrl(e.id) })),
  ];
}
