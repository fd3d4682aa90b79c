// The property names the drop-in build may shorten (rollup.config.mjs, terser
// `mangle.properties`): members our classes declare `private` or `protected`, found with the
// TypeScript checker, and only those used in no way a shortened name would break.
//
// Terser renames a listed name at EVERY `x.name` in the bundle, whatever `x` is, and minifies
// each file on its own; so a name is listed only when
// - every class member of that name is ours, `private`/`protected` and undecorated (a Lit
//   decorator registers its member by the name as a string),
// - every `x.name` in src/ resolves, by the checker, to such a member (not to a feed field,
//   an interface, a DOM or Lit property, nor to an untyped object),
// - no string, template (a Lit `.name=${…}` binding), object key, interface, destructuring,
//   `x['name']`, test, demo page, kiosk service worker or bundled library holds the name.
// Each name gets a fixed short name, `$` and a letter or two, the same in every build and
// file: the sets and the main build are separate rollup builds whose files work together.
// `node scripts/private-names.mjs` lists them; with WHY=1, also the members left out and why.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const files = (dir, test = (f) => /\.(ts|mjs|js|html)$/.test(f)) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : files(full, test);
    return test(name) ? [full] : [];
  });

/** Code that is bundled but not ours, or reads our objects from outside the bundle's code. */
const OUTSIDE = [
  'node_modules/lit-html',
  'node_modules/lit-element',
  'node_modules/@lit/reactive-element',
  'node_modules/@lit/task',
  'node_modules/lit/index.js',
  'node_modules/leaflet/dist/leaflet-src.esm.js',
  'node_modules/leaflet.markercluster/dist/leaflet.markercluster-src.js',
  'node_modules/dompurify/dist/purify.es.mjs',
  'node_modules/ical.js/dist/ical.js',
  'node_modules/qrcode-generator/dist/qrcode.mjs',
  'node_modules/typescript/lib/lib.dom.d.ts',
  'src/kiosk-sw',
  // What runs the built files: tests of dist/, the demo pages, the benchmarks. (The browser
  // tests import src/, never shortened.)
  'test/bundle',
  'test/cli',
  'test/oracle',
  'bench',
  'demo',
];

function outsideText() {
  return OUTSIDE.map((rel) => {
    const full = path.join(ROOT, rel);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      return '';
    }
    // (The test of this file names members it expects here.)
    const wanted = (f) => /\.(js|mjs|ts|html)$/.test(f) && f !== 'private-names.test.mjs';
    const list = stat.isDirectory() ? files(full, wanted) : [full];
    return list.map((f) => readFileSync(f, 'utf8')).join('\n');
  }).join('\n');
}

const isOurs = (node) =>
  !node.getSourceFile().isDeclarationFile &&
  path.relative(ROOT, node.getSourceFile().fileName).startsWith('src');

const hidden = (node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some(
    (m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
  );

const decorated = (node) => ts.canHaveDecorators(node) && (ts.getDecorators(node) ?? []).length > 0;

const MEMBER = new Set([
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

/** A declaration that makes `name` safe to shorten: a hidden, undecorated member of our class. */
const safeDeclaration = (decl) =>
  MEMBER.has(decl.kind) &&
  ts.isClassLike(decl.parent) &&
  isOurs(decl) &&
  hidden(decl) &&
  !decorated(decl) &&
  !decl.name.getText().startsWith('#') &&
  ts.isIdentifier(decl.name);

/** The names, sorted, that the build may shorten. */
export function privateNames() {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const roots = config.fileNames.filter((f) => path.relative(ROOT, f).startsWith('src'));
  const program = ts.createProgram(roots, config.options);
  const checker = program.getTypeChecker();
  const sources = program.getSourceFiles().filter(isOurs);

  const candidates = new Set();
  const unsafe = new Set();
  const visit = (node) => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      const name = node.text;
      const parent = node.parent;
      if (MEMBER.has(parent.kind) && parent.name === node && ts.isClassLike(parent.parent)) {
        (safeDeclaration(parent) ? candidates : unsafe).add(name);
      } else if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
        const symbol = checker.getSymbolAtLocation(node);
        const decls = symbol?.declarations ?? [];
        if (decls.length === 0 || !decls.every(safeDeclaration)) unsafe.add(name);
      } else if (ts.isParameter(parent) && parent.name === node && hidden(parent)) {
        unsafe.add(name); // a parameter property: keep it simple, never shortened
      } else if (
        // Everything else that names a property: keys, interfaces, destructuring, enums.
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodSignature(parent) ||
          ts.isEnumMember(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isGetAccessor(parent) ||
          ts.isSetAccessor(parent) ||
          ts.isPropertyDeclaration(parent)) &&
          parent.name === node) ||
        ts.isShorthandPropertyAssignment(parent) ||
        (ts.isBindingElement(parent) && (parent.propertyName === node || !parent.propertyName)) ||
        ts.isQualifiedName(parent)
      ) {
        unsafe.add(name);
      }
    } else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken?.(node)) {
      for (const word of node.text.match(/[A-Za-z_$][\w$]*/g) ?? []) unsafe.add(word);
    } else if (
      node.kind === ts.SyntaxKind.TemplateHead ||
      node.kind === ts.SyntaxKind.TemplateMiddle ||
      node.kind === ts.SyntaxKind.TemplateTail
    ) {
      for (const word of node.text.match(/[A-Za-z_$][\w$]*/g) ?? []) unsafe.add(word);
    }
    ts.forEachChild(node, visit);
  };
  for (const source of sources) visit(source);

  const outside = new Set(outsideText().match(/[A-Za-z_$][\w$]*/g));
  const taken = [...outside, ...unsafe, ...candidates].filter((name) =>
    /^\$[A-Za-z]{1,2}$/.test(name),
  );
  if (taken.length > 0) throw new Error(`short names in use elsewhere: ${taken.join(' ')}`);
  if (process.env.WHY) {
    for (const name of [...candidates].sort()) {
      if (unsafe.has(name)) console.error('src   ', name);
      else if (outside.has(name)) console.error('outside', name);
    }
  }
  return [...candidates]
    .filter((name) => !unsafe.has(name) && !outside.has(name) && name.length > 2)
    .sort();
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The short name of the n-th listed name: `$a` … `$Z`, then `$aa` …. */
export function shortName(n) {
  let name = '';
  let i = n;
  do {
    name += LETTERS[i % LETTERS.length];
    i = Math.floor(i / LETTERS.length) - 1;
  } while (i >= 0);
  return `$${name}`;
}

/**
 * Terser's `mangle.properties` for the names: a regex of them and the cache of their short
 * names (given in full, terser invents none).
 */
export function mangleOptions(names = privateNames()) {
  const props = Object.fromEntries(names.map((name, i) => [`$${name}`, shortName(i)]));
  return { regex: new RegExp(`^(?:${names.join('|')})$`), cache: { props } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = privateNames();
  console.log(names.map((name, i) => `${shortName(i)}\t${name}`).join('\n'));
  console.error(`${names.length} names`);
}
