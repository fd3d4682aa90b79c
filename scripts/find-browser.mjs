// pretest: make sure a browser is there. On Debian as root, install Debian's chromium;
// elsewhere say exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser-path.mjs';

const found = findBrowser();
if (found) {
  console.log(`Browser for tests: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (isRoot && isDebian) {
  console.log('No Chromium found: installing Debian\'s "chromium" with apt-get (about a minute) …');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
  const installed = findBrowser();
  if (installed) {
    console.log(`Browser for tests: ${installed}`);
    process.exit(0);
  }
}
console.error(
  [
    'No Chromium or Chrome found for the browser tests.',
    isDebian
      ? 'Install it with:  sudo apt-get install -y chromium'
      : 'Install Chromium or Chrome, or point CHROME_PATH at its executable, e.g.:',
    '  CHROME_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
