// After one visit the page works offline: its service worker has cached the page, the package,
// the wasm and the ICU data, so a reload with the network gone still analyzes text.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadPage, openPage, pasteText } from './browser.js';

let session;
before(async () => {
  session = await openPage();
});
after(async () => session?.close());

test('a second visit without network still loads and analyzes', async () => {
  const { page } = session;
  await loadPage(session);
  // Wait until the service worker controls the page and holds the large assets.
  const cached = () => page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const cache = await caches.open('precis-page-v2');
    const needed = ['dist/precis-core.wasm', 'dist/precis-icu.dat', 'dist/index.js', 'worker.js', 'app.js', './'];
    const found = await Promise.all(needed.map((path) => cache.match(new URL(path, location.href).href)));
    return found.every(Boolean);
  });
  for (let tries = 0; !(await cached()); tries++) {
    assert.ok(tries < 300, 'the service worker caches the page within a minute');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // The network goes away: the server that served the page stops answering altogether.
  await new Promise((resolve) => {
    session.server.close(resolve);
    session.server.closeAllConnections();
  });
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
  await pasteText(page, '離線也能用。Offline, it still works.');
  const sentences = await page.$$eval('#article .sentence', (n) => n.map((x) => x.textContent));
  assert.deepEqual(sentences, ['離線也能用。', 'Offline, it still works.']);
  assert.deepEqual(session.requests.filter((url) => !url.startsWith(`${session.origin}/`)), []);
});
