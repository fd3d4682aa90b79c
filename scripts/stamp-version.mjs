// Writes package.json's version into the npm build (rollup does it for the drop-in build).
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'dist/lib/internal/version.js';
writeFileSync(file, readFileSync(file, 'utf8').replace('__SONNEC_VERSION__', version));
