// @ts-check
/// <reference lib="webworker" />
/**
 * The request page's service worker: shows the messages the server sends by
 * Web Push (a ride confirmed, changed, cancelled, a reminder) and opens the
 * ride's page when one is tapped. It caches nothing: the page always loads
 * fresh. Plain JavaScript because Vite copies public/ as it is.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const PAGE = '/request/';

sw.addEventListener('install', () => {
  void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(sw.clients.claim());
});

/** The server's payload: `{ title, body, url, tag }` (see src/features/push/push-channel.ts). */
function messageOf(/** @type {PushMessageData | null} */ data) {
  try {
    return data ? data.json() : {};
  } catch {
    return { body: data ? data.text() : '' };
  }
}

sw.addEventListener('push', (event) => {
  const message = messageOf(event.data);
  event.waitUntil(
    sw.registration.showNotification(message.title || 'Yoldaş', {
      body: message.body || '',
      // One notification per ride and event: a repeat replaces it instead of stacking.
      tag: message.tag || undefined,
      lang: 'tr',
      data: { url: typeof message.url === 'string' ? message.url : PAGE },
    }),
  );
});

sw.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || PAGE, sw.location.origin);
  // Only this site's request pages are ever opened from a notification.
  if (target.origin !== sw.location.origin || !target.pathname.startsWith(PAGE)) return;
  event.waitUntil(
    (async () => {
      const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).pathname.startsWith(PAGE));
      if (open) {
        const moved = await open.navigate(target.href).catch(() => null);
        await (moved ?? open).focus();
        return;
      }
      await sw.clients.openWindow(target.href);
    })(),
  );
});
