/*
 * SON.NEC kiosk offline shell (opt-in): a service worker that only a kiosk page registers, so
 * that a display restarting while the network is down still comes up with its last content.
 *
 * - Our script and its chunks are kept when the worker installs (the list is written in by
 *   the build). Chunks carry a hash in their name: served from the cache first.
 * - The kiosk page, sonnec.js, feeds (fetch requests) and same-origin pictures: from the network
 *   first, kept after every good answer, and served from the cache when the network fails.
 *   A feed served from the cache carries `x-sonnec-saved-at` (when it was fetched): the widgets
 *   show it with their "Stand: …" note, as they show their own last good copy.
 * Nothing else is touched: map tiles, other sites' pictures and non-GET requests go their way.
 */
/* global self, caches, fetch, Request, Response, Headers, AbortController */

/** This build's files, relative to the worker (written in by rollup.config.mjs). */
const FILES = self.SONNEC_FILES ?? [];
/** Code of one build: replaced as a whole when the build changes. */
const SHELL = `sonnec-kiosk-shell-${self.SONNEC_BUILD ?? 'dev'}`;
/** The page, sonnec.js, feeds and pictures: kept across builds. */
const DATA = 'sonnec-kiosk-data-v1';
/** The header a kept answer carries: when it was fetched (epoch ms). */
const SAVED_AT = 'x-sonnec-saved-at';
/** A network that does not answer within this is treated as down (a restart must not hang). */
const NETWORK_MS = 8000;

const base = new URL('./', self.location.href);
const versioned = (url) =>
  url.href.startsWith(base.href) && /\/chunks\/[^/]+-[\w-]{6}\.js$/.test(url.pathname);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      await shell.addAll(FILES.map((file) => new URL(file, base).href));
      // The kiosk page that registers the worker: kept now, not only after its next load.
      const data = await caches.open(DATA);
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(
        pages.map((page) =>
          fetch(page.url)
            .then((response) => keep(data, new Request(page.url), response))
            .catch(() => {}),
        ),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('sonnec-kiosk-shell-') && name !== SHELL) await caches.delete(name);
      }
      // The open page's feed refreshes go through the worker from now on.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const sameOrigin = url.origin === self.location.origin;
  if (versioned(url)) {
    event.respondWith(cacheFirst(request));
  } else if (
    request.mode === 'navigate' ||
    request.destination === '' ||
    (sameOrigin && (request.destination === 'script' || request.destination === 'image'))
  ) {
    event.respondWith(networkFirst(event, request));
  }
});

async function cacheFirst(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(SHELL)).put(request, response.clone());
  return response;
}

async function networkFirst(event, request) {
  const data = await caches.open(DATA);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_MS);
  try {
    const response = await fetch(request, { signal: controller.signal });
    event.waitUntil(keep(data, request, response.clone()));
    return response;
  } catch (error) {
    const kept = (await data.match(request)) ?? (await caches.match(request));
    if (kept) return kept;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps a good answer (not an opaque one, whose status nobody can read) with its time. */
async function keep(cache, request, response) {
  if (!response.ok || response.type === 'opaque') return;
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, String(Date.now()));
  const body = await response.blob();
  await cache.put(request, new Response(body, { status: response.status, headers }));
}
