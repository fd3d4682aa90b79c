// pretest: make sure python-dateutil is there for the recurrence oracle (test/oracle/). On Debian
// as root, install Debian's python3-dateutil; elsewhere say exactly what to run.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';
const found = () =>
  spawnSync(PYTHON, ['-c', 'import dateutil.rrule, zoneinfo'], { stdio: 'ignore' }).status === 0;

if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (isRoot && isDebian) {
  console.log('No python3-dateutil found: installing Debian\'s "python3-dateutil" with apt-get …');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-dateutil',
    { stdio: 'inherit', shell: '/bin/sh' },
  );
  if (found()) process.exit(0);
}
console.error(
  [
    `The recurrence oracle test needs ${PYTHON} with python-dateutil.`,
    isDebian
      ? 'Install it with:  sudo apt-get install -y python3-dateutil'
      : 'Install Python 3 and python-dateutil (pip install python-dateutil) at that path.',
  ].join('\n'),
);
process.exit(1);
