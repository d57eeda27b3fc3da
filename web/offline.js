// Registers the service worker that keeps the page usable offline, and tells it which files
// this visit loaded (the page's and the worker's), so that all of them are cached.
import { scriptUrl } from './trusted-urls.js';

export function registerOfflineCache() {
  const supported = 'serviceWorker' in navigator;
  const registration = supported ? navigator.serviceWorker.register(scriptUrl('sw.js')).catch(() => null) : Promise.resolve(null);
  return {
    async keep(workerResources) {
      if (!supported || !(await registration)) return;
      const active = (await navigator.serviceWorker.ready).active;
      const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name), ...workerResources];
      active?.postMessage({ type: 'cache', urls: [...new Set(urls)].filter((url) => url.startsWith(location.origin)) });
    },
  };
}
