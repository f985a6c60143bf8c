import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the system Chromium cannot be started here, in Danish; empty when it can. */
export function chromiumMissing(): string {
  return existsSync(CHROMIUM)
    ? ''
    : `Chromium mangler (${CHROMIUM}); kør: apt-get install -y chromium`;
}

/**
 * Starts one headless system Chromium that every browser test file of the run connects to.
 * Each file opens its own context in it, so cookies, permissions and storage stay apart.
 */
export async function startChromium(): Promise<{ wsEndpoint: string; stop: () => Promise<void> }> {
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { wsEndpoint: server.wsEndpoint(), stop: () => server.close() };
}
