#!/usr/bin/env node
// Makes sure the tests' system packages (Chromium and nginx for the browser tests, pandoc and
// bibutils for the citation files) are present before `npm test` runs them:
// installs them on Debian/Ubuntu as root, and otherwise stops with the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const NEEDED = [
  { pkg: 'chromium', paths: ['/usr/bin/chromium'] },
  { pkg: 'nginx-light', paths: ['/usr/sbin/nginx'] },
  // The citation files are read back with tools independent of the site's writers.
  { pkg: 'pandoc', paths: ['/usr/bin/pandoc'] },
  { pkg: 'bibutils', paths: ['/usr/bin/ris2xml'] },
];

const missing = NEEDED.filter(({ paths }) => !paths.some((path) => existsSync(path))).map(
  ({ pkg }) => pkg,
);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const isDebianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
const isRoot = process.getuid?.() === 0;

if (!isDebianLike || !isRoot) {
  console.error(
    `Testene kræver ${missing.join(', ')}, som mangler. Installer dem først:\n  sudo ${command}`,
  );
  process.exit(1);
}

console.log(`Installerer ${missing.join(', ')} til testene: ${command}`);
execFileSync('apt-get', ['update'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', ...missing], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
