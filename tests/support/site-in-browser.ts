import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * Whether tests needing a tool can run. A missing tool skips them on a developer's machine, with
 * a warning; in CI it fails them, so a run without the browser never passes by skipping.
 */
function canRun(missing: string): boolean {
  if (!missing) return true;
  if (process.env['CI'])
    throw new Error(`${missing}. I CI er det en fejl: .ci/run skal installere pakken.`);
  console.warn(`${missing}. Testene springes over.`);
  return false;
}

/** True when the shared nginx of this run (tests/support/browser-setup.ts) is serving the site. */
export function serverAvailable(): boolean {
  return canRun(inject('serverMissing'));
}

/** True when both the shared nginx and the shared Chromium of this run are up. */
export function browserAvailable(): boolean {
  return canRun(inject('serverMissing')) && canRun(inject('chromiumMissing'));
}

/** The built site behind nginx, started once per run by the browser project's globalSetup. */
export interface SiteServer {
  /** The site as deployed. */
  readonly origin: string;
  /** The site without dist/pagefind, as if the search index had not been deployed. */
  readonly withoutSearchIndexOrigin: string;
}

export function siteServer(): SiteServer {
  return {
    origin: inject('siteOrigin'),
    withoutSearchIndexOrigin: inject('siteWithoutSearchIndexOrigin'),
  };
}

/** The site and a fresh browser context to look at it with, for one describe block. */
export interface SiteInBrowser extends SiteServer {
  readonly context: BrowserContext;
}

/**
 * Connects to the run's shared Chromium before the block's tests and opens a context of its own,
 * so cookies, permissions and storage never leak between files running side by side.
 */
export function useSiteInBrowser(): SiteInBrowser {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('chromiumEndpoint'));
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });
  return {
    ...siteServer(),
    get context() {
      if (!context) throw new Error('Chromium-konteksten er ikke åbnet');
      return context;
    },
  };
}
