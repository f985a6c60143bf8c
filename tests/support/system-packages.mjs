#!/usr/bin/env node
// Makes sure the browser tests' system packages are present before `npm test` runs them:
// installs them on Debian/Ubuntu as root, and otherwise stops with the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const NEEDED = [
  { pkg: 'chromium', paths: ['/usr/bin/chromium'] },
  { pkg: 'nginx-light', paths: ['/usr/sbin/nginx'] },
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
    `Browsertestene kræver ${missing.join(' og ')}, som mangler. Installer dem først:\n  sudo ${command}`,
  );
  process.exit(1);
}

console.log(`Installerer ${missing.join(' og ')} til browsertestene: ${command}`);
execFileSync('apt-get', ['update'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', ...missing], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
