#!/usr/bin/env node
// The `sonnec-feed` command: Node's side of src/cli/main.ts (files, URLs, atomic writes, an XML
// parser and HTML's entity table for RSS/Atom, and Ajv for the JSON Schema). Everything else lives in the compiled
// TypeScript under dist/lib/cli/, built by `npm run build:lib`.
/* global fetch, AbortSignal */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { DOMParser } from '@xmldom/xmldom';
// The WHATWG table of HTML's named references, kept by xmldom (a dependency already).
import { HTML_ENTITIES } from '@xmldom/xmldom/lib/entities.js';

const root = new URL('../', import.meta.url);
const FETCH_TIMEOUT_MS = 30_000;
const TYPES = {
  '.ics': 'text/calendar',
  '.ical': 'text/calendar',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
};

let run, decodeBody;
try {
  ({ run } = await import(new URL('dist/lib/cli/main.js', root).href));
  ({ decodeBody } = await import(new URL('dist/lib/feed/decode-bytes.js', root).href));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('sonnec-feed: dist/lib is missing: run `npm run build:lib` first.\n');
  process.exit(2);
}

/** A file path or an http(s) URL, with the content type its server or extension tells. */
async function load(location) {
  if (/^https?:\/\//i.test(location)) {
    const response = await fetch(location, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { 'user-agent': `sonnec-feed/${version}` },
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const contentType = response.headers.get('content-type') ?? '';
    const text = decodeBody(await response.arrayBuffer(), contentType);
    return { text, contentType, url: response.url || location };
  }
  const contentType = TYPES[path.extname(location).toLowerCase()] ?? '';
  return { text: decodeBody(await readFile(location), contentType), contentType };
}

/**
 * Written beside the target and renamed: a web server never serves half a feed. An unchanged
 * feed is not touched, so its date and the server's ETag stay and caches keep their copy.
 */
async function write(file, text) {
  const old = await readFile(file, 'utf8').catch(() => undefined);
  if (old === text) return false;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temp, text, 'utf8');
  await rename(temp, file);
  return true;
}

/** XML errors throw (the browser's DOMParser reports them in the document instead). */
const xmlParser = {
  parseFromString(text, type) {
    const parser = new DOMParser({
      onError(level, message) {
        if (level !== 'warning') throw new Error(String(message).split('\n')[0]);
      },
    });
    return parser.parseFromString(text, type);
  },
};

/** Ajv, draft 2020-12, for schema/sonnec-feed.schema.json; undefined without the schema. */
async function schemaCheck() {
  let schema;
  try {
    schema = JSON.parse(await readFile(new URL('schema/sonnec-feed.schema.json', root), 'utf8'));
  } catch {
    return undefined;
  }
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const validateSchema = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(
    schema,
  );
  return (value) =>
    validateSchema(value)
      ? []
      : validateSchema.errors.map((e) => ({
          instancePath: e.instancePath,
          schemaPath: e.schemaPath,
          keyword: e.keyword,
          propertyName: e.propertyName,
          message: e.message,
          params: e.params,
          description: e.parentSchema?.description,
        }));
}

const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

process.exitCode = await run(process.argv.slice(2), {
  load,
  write,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  xmlParser,
  htmlEntities: HTML_ENTITIES,
  schema: await schemaCheck(),
  version,
});
