import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startNginx, type StaticServer } from './nginx.ts';

/** The built site behind nginx and a Chromium to look at it with, for one describe block. */
export interface SiteInBrowser {
  readonly origin: string;
  readonly context: BrowserContext;
}

/** Starts nginx and Chromium before the block's tests and stops both after them. */
export function useSiteInBrowser(): SiteInBrowser {
  let server: StaticServer | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    server = await startNginx();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get origin() {
      if (!server) throw new Error('nginx kører ikke');
      return server.origin;
    },
    get context() {
      if (!browser) throw new Error('Chromium kører ikke');
      return browser.context;
    },
  };
}
