// The system Chromium every tool here drives (tests, benchmark, screenshots): one path, one set
// of flags. Browser downloads do not work on these machines, so nothing else is used.

/** Where Debian's chromium package installs the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, no sandbox (CI runs as root), and nothing that calls home or updates itself. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
