// The Storybook docs pages describe every documented attribute, property, event, slot, CSS part
// and custom property of each widget in German (.storybook/api-de.json), while the JSDoc behind
// custom-elements.json stays English. Runs the manifest analyzer as `npm run analyze` does.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { documentedMembers, germanKey, germanManifest } from '../../.storybook/api-de.mjs';
import { ROOT } from './helpers.mjs';

const table = JSON.parse(readFileSync(path.join(ROOT, '.storybook/api-de.json'), 'utf8'));

/** The manifest as `npm run analyze` writes it (custom-elements.json, not committed). */
function analyze() {
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cli.js');
  execFileSync(
    process.execPath,
    [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs'],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  return JSON.parse(readFileSync(path.join(ROOT, 'custom-elements.json'), 'utf8'));
}

const manifest = analyze();
const members = documentedMembers(manifest);
const label = (m) => `${m.tag} ${m.kind} "${m.name}"`;

test('the manifest documents every widget (the check has something to check)', () => {
  const tags = new Set(members.map((m) => m.tag));
  for (const tag of [
    'sonnec-events',
    'sonnec-news',
    'sonnec-map',
    'sonnec-downloads',
    'sonnec-kiosk',
  ])
    assert.ok(tags.has(tag), tag);
  for (const kind of ['attr', 'prop', 'event', 'slot', 'part', 'cssprop'])
    assert.ok(
      members.some((m) => m.kind === kind),
      kind,
    );
});

test('every documented member has a German description', () => {
  const missing = members.filter((m) => !germanKey(table, m.kind, m.name, m.tag)).map(label);
  assert.deepEqual(missing, []);
});

test('the table holds no entry for a member that is gone', () => {
  const used = new Set(members.map((m) => germanKey(table, m.kind, m.name, m.tag)));
  assert.deepEqual(
    Object.keys(table).filter((key) => !used.has(key)),
    [],
  );
});

test('the docs pages get the German text; the manifest itself stays English', () => {
  const german = germanManifest(manifest, table);
  const events = (m) =>
    m.modules.flatMap((x) => x.declarations ?? []).find((d) => d.tagName === 'sonnec-events');
  const attribute = (m, name) => events(m).attributes.find((a) => a.name === name).description;
  assert.equal(attribute(german, 'limit'), 'Höchstzahl der gezeigten Einträge.');
  assert.equal(attribute(manifest, 'limit'), 'Maximum number of items to show.');
  const part = events(german).cssParts.find((p) => p.name === 'title').description;
  assert.equal(part, table['part:title@sonnec-events']);
  const property = events(german).members.find((m) => m.name === 'headingLevel').description;
  assert.equal(property, table['attr:heading-level']);
});

test('no German text is the English one left in place', () => {
  const english = new Set(
    manifest.modules
      .flatMap((x) => x.declarations ?? [])
      .flatMap((d) => [
        ...(d.attributes ?? []),
        ...(d.events ?? []),
        ...(d.slots ?? []),
        ...(d.cssParts ?? []),
        ...(d.cssProperties ?? []),
        ...(d.members ?? []),
      ])
      .map((m) => m.description)
      .filter(Boolean),
  );
  assert.deepEqual(
    Object.values(table).filter((text) => english.has(text)),
    [],
  );
});
