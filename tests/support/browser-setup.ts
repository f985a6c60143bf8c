// The browser project's globalSetup: one nginx and one Chromium for the whole run, shared by every
// test file through Vitest's provide/inject, instead of a pair per file.
import type { TestProject } from 'vitest/node';
import { chromiumMissing, startChromium } from './chromium.ts';
import { requireDist } from './dist.ts';
import { nginxMissing, startNginx } from './nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site behind nginx with the production rules; empty when nginx is missing. */
    siteOrigin: string;
    /** The same site with dist/pagefind left out, as if the index had not been deployed. */
    siteWithoutSearchIndexOrigin: string;
    /** Why the server tests cannot run here, in Danish; empty when they can. */
    serverMissing: string;
    /** Where the test files connect to the shared Chromium; empty when it is missing. */
    chromiumEndpoint: string;
    /** Why the browser tests cannot run here, in Danish; empty when they can. */
    chromiumMissing: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireDist();
  const stops: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const serverMissing = nginxMissing();
    project.provide('serverMissing', serverMissing);
    project.provide('siteOrigin', '');
    project.provide('siteWithoutSearchIndexOrigin', '');
    if (!serverMissing) {
      const site = await startNginx();
      stops.push(site.stop);
      const withoutIndex = await startNginx({ withoutSearchIndex: true });
      stops.push(withoutIndex.stop);
      project.provide('siteOrigin', site.origin);
      project.provide('siteWithoutSearchIndexOrigin', withoutIndex.origin);
    }
    const missing = chromiumMissing();
    project.provide('chromiumMissing', missing);
    project.provide('chromiumEndpoint', '');
    if (!missing) {
      const browser = await startChromium();
      stops.push(browser.stop);
      project.provide('chromiumEndpoint', browser.wsEndpoint);
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
