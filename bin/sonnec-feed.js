#!/usr/bin/env node
// The `sonnec-feed` command: Node's side of src/cli/main.ts (files, URLs, atomic writes, an XML
// parser and HTML's entity table for RSS/Atom, and Ajv for the JSON Schema). Everything else lives in the compiled
// TypeScript under dist/lib/cli/, built by `npm run build:lib`.
/* global fetch, AbortSignal */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { Worker } from 'node:worker_threads';
import { xmlParser } from './xml-parser.js';
// The WHATWG table of HTML's named references, kept by xmldom (a dependency already).
import { HTML_ENTITIES } from '@xmldom/xmldom/lib/entities.js';

const root = new URL('../', import.meta.url);
const FETCH_TIMEOUT_MS = 30_000;
/** Reading one source may take this long; then its worker is ended (the env var is for tests). */
const PARSE_TIMEOUT_MS = Number(process.env.SONNEC_FEED_PARSE_TIMEOUT_MS) || 60_000;
const TYPES = {
  '.ics': 'text/calendar',
  '.ical': 'text/calendar',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.geojson': 'application/geo+json',
  '.jsonld': 'application/ld+json',
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

/**
 * A file path or an http(s) URL, with the content type its server or extension tells. The
 * request's headers (`--header-env`, an Accept for followed JSON-LD) go to URLs only.
 */
async function load(location, request) {
  if (/^https?:\/\//i.test(location)) {
    const headers = { 'user-agent': `sonnec-feed/${version}`, ...request?.headers };
    const query = Object.entries(request?.query ?? {});
    const response =
      request?.headers || query.length
        ? await fetchKeepingHeaders(location, headers, query)
        : await fetch(location, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const contentType = response.headers.get('content-type') ?? '';
    const text = decodeBody(await response.arrayBuffer(), contentType);
    // The keys leave the URL again: it resolves the source's links, which must not carry them.
    const url = withoutQuery(response.url || location, query);
    return { text, contentType, url };
  }
  const contentType = TYPES[path.extname(location).toLowerCase()] ?? '';
  return { text: decodeBody(await readFile(location), contentType), contentType };
}

/** The URL with the `--query-env` parameters set (replacing any of the same name). */
function withQuery(location, query) {
  if (!query.length) return location;
  const url = new URL(location);
  for (const [name, value] of query) url.searchParams.set(name, value);
  return url.href;
}

/** The URL without the `--query-env` parameters. */
function withoutQuery(location, query) {
  if (!query.length) return location;
  const url = new URL(location);
  for (const [name] of query) url.searchParams.delete(name);
  return url.href;
}

/**
 * fetch() follows redirects with every header but Authorization, so an API key would go to any
 * host a redirect names (and a key in the query goes wherever the URL goes): with request headers
 * or query keys, redirects are followed here, within the first URL's origin only.
 */
async function fetchKeepingHeaders(location, headers, query) {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const origin = new URL(location).origin;
  let url = location;
  for (let hops = 0; hops <= 5; hops++) {
    const response = await fetch(withQuery(url, query), { signal, headers, redirect: 'manual' });
    const next = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || !next) return response;
    url = new URL(next, url).href;
    if (new URL(url).origin !== origin) {
      throw new Error(
        `redirected to ${new URL(url).origin}: the request's headers and keys are not sent there`,
      );
    }
  }
  throw new Error('too many redirects');
}

/**
 * Written beside the target and renamed: a web server never serves half a feed. An unchanged
 * feed is not touched, so its date and the server's ETag stay and caches keep their copy.
 */
async function write(file, text) {
  const old = await readFile(file, 'utf8').catch(() => undefined);
  if (old === text) return false;
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temp, text, 'utf8');
  await rename(temp, file);
  return true;
}

/**
 * Reads a source in a worker thread and ends the worker after PARSE_TIMEOUT_MS: the adapters
 * bound their own work, and this is the hard stop behind them. Errors come back as FeedErrors.
 */
async function parseInWorker(text, options) {
  const { FeedError } = await import(new URL('dist/lib/feed/errors.js', root).href);
  // Functions cannot cross to the worker; it brings its own XML parser and entity decoder.
  const plain = Object.fromEntries(
    Object.entries(options).filter(
      ([name, value]) => name !== 'xmlParser' && typeof value !== 'function',
    ),
  );
  const worker = new Worker(new URL('parse-worker.js', import.meta.url), {
    workerData: { text, options: plain },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      const seconds = PARSE_TIMEOUT_MS / 1000;
      reject(new FeedError('timeout', `reading the source took longer than ${seconds} s`));
    }, PARSE_TIMEOUT_MS);
    const done = () => clearTimeout(timer);
    worker.once('message', ({ feed, error }) => {
      done();
      void worker.terminate();
      if (feed) resolve(feed);
      else reject(error.kind ? new FeedError(error.kind, error.message) : new Error(error.message));
    });
    worker.once('error', (error) => {
      done();
      reject(error);
    });
  });
}

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
  env: (name) => process.env[name],
  // Reproducible builds' convention: a fixed clock for the calendars' times of change.
  now: () =>
    process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now(),
  relative: (from, target) =>
    path
      .relative(path.dirname(path.resolve(from)), path.resolve(target))
      .split(path.sep)
      .join('/'),
  xmlParser,
  parse: parseInWorker,
  htmlEntities: HTML_ENTITIES,
  schema: await schemaCheck(),
  version,
});
