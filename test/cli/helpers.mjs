// Shared by the CLI tests: runs bin/sonnec-feed.js as a user would, and serves fixtures over
// HTTP on 127.0.0.1 (no network beyond this machine).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCES = path.join(ROOT, 'test/fixtures/sources');
const BIN = path.join(ROOT, 'bin/sonnec-feed.js');

/** Runs the CLI; resolves with its exit code and output. */
export function cli(args, { cwd = SOURCES, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      // A machine far from Berlin: the feed must still be written in Berlin time.
      env: { ...process.env, TZ: 'America/Los_Angeles', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function tempDir() {
  return mkdtempSync(path.join(tmpdir(), 'sonnec-feed-'));
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Serves test/fixtures/sources/<name> with the given content types; unknown paths are 404. */
export async function serveFixtures(routes) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url, 'http://x').pathname];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
      return;
    }
    response.writeHead(200, { 'content-type': route.type });
    response.end(readFileSync(path.join(SOURCES, route.file)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A server on 127.0.0.1 that records every request (its path with the query, its headers);
 * `routes(base)` gives path → `{ status, headers, body }`, matched without the query.
 */
export async function recordingServer(routes) {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push({ path: request.url, headers: request.headers });
    const route = routes(base)[new URL(request.url, 'http://x').pathname];
    if (!route) return response.writeHead(404).end('not here');
    response.writeHead(
      route.status ?? 200,
      route.headers ?? { 'content-type': 'application/ld+json' },
    );
    response.end(route.body ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * `sonnec-feed build [--title TITLE] SOURCE-ARGS… -o DIR/feed.json --calendars DIR/kalender
 * [--atom DIR/news.atom]` at a fixed SOURCE_DATE_EPOCH (the build's clock); asserts that it
 * succeeds and resolves with the run.
 */
export async function buildCalendars(dir, sourceArgs, { epoch, title, atom = false } = {}) {
  const run = await cli(
    [
      'build',
      ...(title === undefined ? [] : ['--title', title]),
      ...sourceArgs,
      '-o',
      path.join(dir, 'feed.json'),
      '--calendars',
      path.join(dir, 'kalender'),
      ...(atom ? ['--atom', path.join(dir, 'news.atom')] : []),
    ],
    { env: { SOURCE_DATE_EPOCH: epoch } },
  );
  assert.equal(run.code, 0, run.stderr);
  return run;
}
