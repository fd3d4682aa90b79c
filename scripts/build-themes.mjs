// Writes the theme presets of src/themes/presets.ts as plain CSS files a webmaster can copy or
// link: src/themes/<id>.css (committed; test/themes checks they match) and, with --dist,
// dist/themes/<id>.css for the npm package and the script-tag host.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { transform } from 'esbuild';

const root = new URL('../', import.meta.url);
const source = await readFile(new URL('src/themes/presets.ts', root), 'utf8');
const { code } = await transform(source, { loader: 'ts', format: 'esm' });
const { THEME_PRESETS, themeCss } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

const dirs = ['src/themes/'];
if (process.argv.includes('--dist')) dirs.push('dist/themes/');
for (const dir of dirs) {
  const out = new URL(dir, root);
  await mkdir(out, { recursive: true });
  for (const preset of THEME_PRESETS) {
    await writeFile(new URL(`${preset.id}.css`, out), themeCss(preset));
  }
  console.log(`themes: ${THEME_PRESETS.length} presets written to ${dir}`);
}
