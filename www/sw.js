// The offline cache. On install it stores the page, its modules, the analyser's glue and .wasm
// and the example article; afterwards every same-origin GET goes to the network first (so an
// update is seen at once) and falls back to the cache when there is no connection. It only
// fetches the page's own files: article text is never in a request. The package sits beside the
// page (../pkg/, as app.js imports it).
const CACHE = 'quotelens-v2';
const FILES = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'render.js',
  'compare.js',
  'claims.js',
  'fields.js',
  'nav.js',
  'intake.js',
  'htmltext.js',
  'export.js',
  'topics.js',
  'docbar.js',
  'corrections.js',
  'corrpanel.js',
  'tip.js',
  'example.txt',
  '../pkg/index.js',
  '../pkg/api.js',
  '../pkg/async.js',
  '../pkg/remote.js',
  '../pkg/worker.js',
  '../pkg/ready.js',
  '../pkg/quotelens_core.js',
  '../pkg/quotelens_core_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // One by one, with no HTTP cache in between, so that a stale copy is never stored.
      await Promise.all(FILES.map((f) => cache.add(new Request(f, { cache: 'no-cache' }))));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const res = await fetch(req);
        if (res.ok) await cache.put(req, res.clone());
        return res;
      } catch (err) {
        const hit = await cache.match(req, { ignoreSearch: true });
        if (hit) return hit;
        throw err;
      }
    })(),
  );
});
