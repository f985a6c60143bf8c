import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../src/cli/chromium.ts';

export { CHROMIUM };

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
    args: CHROMIUM_ARGS,
  });
  return { wsEndpoint: server.wsEndpoint(), stop: () => server.close() };
}
