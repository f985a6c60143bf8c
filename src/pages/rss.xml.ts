import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/da.ts';
import { getFeedItems } from '../lib/feed.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () =>
  rss({
    title: t('feed.title', { site: site.name }),
    description: site.tagline,
    site: site.origin,
    items: await getFeedItems(),
    customData: '<language>da</language>',
    trailingSlash: true,
  });
