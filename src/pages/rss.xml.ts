import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedItems } from '../lib/content.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () =>
  rss({
    title: `${site.name}: resultater og vejledninger`,
    description: site.tagline,
    site: site.origin,
    items: await getFeedItems(),
    customData: '<language>da</language>',
    trailingSlash: true,
  });
