// The names the drop-in build shortens (scripts/private-names.mjs): only our classes' private and
// protected members that nothing reads by name. (That the shortened build works is what the
// bundle tests prove, in Chromium: test/bundle.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { mangleOptions, privateNames, shortName } from '../../scripts/private-names.mjs';

const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });

let names;
let text;

before(() => {
  names = privateNames();
  text = sources('src')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
});

describe('shortened property names', () => {
  it('lists private members used only as such (a base-element field, a controller method)', () => {
    for (const name of ['heard', 'peeked', 'staleNote', 'lastGood'])
      assert.ok(names.includes(name), name);
  });

  it('never a decorated member: Lit registers it by its name as a string', () => {
    const decorated = [
      ...text.matchAll(
        /@(?:property|state)\([^)]*\)\s*(?:(?:private|protected|override|readonly)\s+)*(\w+)/g,
      ),
    ].map((m) => m[1]);
    assert.ok(decorated.length > 20, `only ${decorated.length} decorated members found`);
    assert.deepEqual(
      decorated.filter((name) => names.includes(name)),
      [],
    );
  });

  it("never a name Lit or the DOM calls (render, update, scheduleUpdate, a controller's hooks)", () => {
    for (const name of [
      'render',
      'update',
      'updated',
      'willUpdate',
      'scheduleUpdate',
      'hostConnected',
    ]) {
      assert.ok(!names.includes(name), name);
    }
  });

  it('never a name a Lit template binds as a property (`.name=${…}` sets it by name)', () => {
    const bound = [...text.matchAll(/\s\.(\w+)=\$\{/g)].map((m) => m[1]);
    assert.ok(bound.length > 5, `only ${bound.length} property bindings found`);
    assert.deepEqual(
      bound.filter((name) => names.includes(name)),
      [],
    );
  });

  it('each name has one short name, the same in every build, unused elsewhere', () => {
    const { regex, cache } = mangleOptions(names);
    const short = Object.values(cache.props);
    assert.equal(new Set(short).size, names.length);
    assert.equal(cache.props[`$${names[0]}`], shortName(0));
    assert.ok(names.every((name) => regex.test(name)));
    assert.ok(!regex.test(`${names[0]}x`));
    assert.deepEqual(mangleOptions(privateNames()).cache, cache);
  });
});
