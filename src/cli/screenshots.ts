// `npm run screenshots`: photographs the built site as its readers see it – the front page, a
// finding, a guide, the theory of change and a search – at a phone and a desktop width, in the
// light and the dark scheme, into docs/screenshots/ (which git ignores). Run `npm run build` first.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { getShotPaths } from './screenshot-pages.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import { createSiteServer } from '../server/static-site.ts';

const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

const dist = resolve(process.env['SITE_DIST'] ?? 'dist');
const out = resolve('docs', 'screenshots');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('Der er intet bygget websted i dist/. Kør "npm run build" først.');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium mangler (${CHROMIUM}); kør: apt-get install -y chromium`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const server = createSiteServer(dist);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 667 : 900 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      for (const shot of getShotPaths(dist)) {
        await page.goto(origin + shot.path, { waitUntil: 'networkidle' });
        const file = join(out, `${shot.name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
