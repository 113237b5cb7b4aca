// @ts-check
/// <reference lib="webworker" />
/**
 * The driver's app offline: the page and its scripts are kept in a cache, so
 * the app opens with no connection (the page shows the manifest the phone
 * kept and queues taps until the network is back). The API and Socket.IO are
 * never cached here: the page keeps its own copy of the manifest.
 *
 * Plain JavaScript because Vite copies public/ as it is; the page's built
 * file names carry a hash, so they are read from the page at install.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const CACHE = 'yoldas-driver-v1';
const PAGE = '/driver/';
const SHELL = [
  PAGE,
  '/driver/manifest.webmanifest',
  '/driver/icon-192.png',
  '/driver/icon-512.png',
];

/** The page and every script, style and icon it names (Vite's hashed /assets/ files). */
async function precache() {
  const cache = await caches.open(CACHE);
  await cache.addAll(SHELL);
  const page = await cache.match(PAGE);
  const html = page ? await page.text() : '';
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.addAll([...new Set(assets)]);
}

sw.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

/** Network first (a new release shows at once), the cache when there is no network. */
async function networkFirst(request, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallback ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallback ?? request);
    if (cached) return cached;
    throw error;
  }
}

/** Hashed assets never change: the cache first. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io/')) return;
  if (request.mode === 'navigate' && url.pathname.startsWith(PAGE)) {
    event.respondWith(networkFirst(request, PAGE));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.startsWith(PAGE)) {
    event.respondWith(networkFirst(request));
  }
});
