// The service worker: after the first visit the page, the package, its wasm and its ICU data
// come from this cache when the network is gone. Online, the network answers first.
const CACHE = 'precis-page-v2';
const FILES = [
  './', 'index.html', 'style.css', 'icon.svg', 'app.js', 'analysis-client.js', 'counts.js', 'dom.js', 'export.js',
  'i18n.js', 'importance-strip.js', 'keyphrase-chart.js', 'large-text.js', 'layers.js', 'model.js', 'offline.js',
  'pack.js', 'render-article.js', 'stats-panel.js', 'summary-panel.js', 'text-file.js', 'theme.js',
  'tooltip.js', 'trusted-urls.js', 'worker.js',
  'dist/index.js', 'dist/assets.js', 'dist/kinds.js', 'dist/precis-core.js', 'dist/precis-core.wasm', 'dist/precis-icu.dat',
  'dist/dictionaries.js', 'dist/precis-icu-sea.dat', 'dist/annotations.js', 'dist/summary.js', 'dist/guard.js',
  'dist/limits.js', 'dist/utf16.js',
];

async function keep(cache, url) {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (response.ok) await cache.put(url, response);
  } catch {
    // Offline or gone: the copy already cached (if any) stays.
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(FILES.map((file) => keep(cache, new URL(file, self.registration.scope).href)))));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache') return;
  const urls = event.data.urls.filter((url) => new URL(url).origin === self.location.origin);
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map(async (url) => {
    if (!(await cache.match(url))) await keep(cache, url);
  }))));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone());
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true })
        ?? (request.mode === 'navigate' ? await cache.match(new URL('./', self.registration.scope).href) : undefined);
      if (cached) return cached;
      throw error;
    }
  })());
});
