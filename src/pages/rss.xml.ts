import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/da.ts';
import { getFeedItems } from '../lib/feed.ts';
import { FEED_PATH } from '../lib/fixed-pages.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () =>
  rss({
    title: t('feed.title', { site: site.name }),
    description: site.tagline,
    site: site.origin,
    items: await getFeedItems(),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Feed readers and validators want the feed to name its own address (atom:link self).
    customData: `<language>da</language><atom:link href="${absoluteUrl(FEED_PATH, site.origin)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
