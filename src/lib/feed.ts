import { t } from '../i18n/da.ts';
import { getFindings, getGuides } from './content.ts';
import { entryUrl } from './urls.ts';

/** One item of the RSS feed. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Every finding and guide as an RSS item, newest first. */
export async function getFeedItems(): Promise<FeedItem[]> {
  const [findings, guides] = await Promise.all([getFindings(), getGuides()]);
  const items = [
    ...findings.map((f) => ({
      title: `${f.data.id}: ${f.data.title}`,
      link: entryUrl('findings', f.id),
      published: f.data.published,
      description: f.data.summary,
      categories: [t('feed.finding')],
    })),
    ...guides.map((g) => ({
      title: g.data.title,
      link: entryUrl('guides', g.id),
      published: g.data.published,
      description: g.data.summary,
      categories: [t('feed.guide')],
    })),
  ];
  return items
    .sort((a, b) => b.published.localeCompare(a.published))
    .map(({ published, ...item }) => ({ ...item, pubDate: new Date(`${published}T00:00:00Z`) }));
}
