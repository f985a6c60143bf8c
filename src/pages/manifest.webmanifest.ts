import type { APIRoute } from 'astro';
import { KIT_PATH } from '../lib/fixed-pages.ts';
import { site } from '../site.config.ts';

/**
 * The web app manifest, so a reader can add the site to a phone's home screen. It opens on the
 * field kit's page, which is saved with the kit, and uses the site's own icon.
 */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: site.name,
        short_name: site.name,
        lang: 'da',
        start_url: KIT_PATH,
        scope: '/',
        display: 'minimal-ui',
        background_color: '#ffffff',
        theme_color: '#0a4f8f',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
