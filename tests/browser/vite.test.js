// The packed tarball behind a bundler: a tiny Vite 7 app installs it offline, builds, and
// runs in headless Chromium (main-thread analyzer, worker analyzer, <precis-article>).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installTarball, packTarball, repoRoot } from '../js/packed.js';
import { launchChromium } from './chromium.js';
import { serveStatic } from './static-server.js';

const THAI = 'ภาษาไทยเป็นภาษาที่สวยงาม';
let tarball;
let project;
let server;
let browser;
const requests = [];

before(async () => {
  ({ tarball } = packTarball());
  project = installTarball(tarball);
  cpSync(fileURLToPath(new URL('./vite-app/', import.meta.url)), project, { recursive: true });
  const vite = spawnSync(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: project, encoding: 'utf8',
  });
  assert.equal(vite.status, 0, vite.stdout + vite.stderr);
  server = await serveStatic(join(project, 'dist'));
  browser = await launchChromium();
  browser.page.on('request', (request) => requests.push(request.url()));
  await browser.page.goto(`${server.origin}/`);
  await browser.page.waitForFunction(() => document.getElementById('status').textContent !== 'loading');
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
  if (tarball) rmSync(dirname(tarball), { recursive: true, force: true });
});

test('Vite emits the wasm, the ICU data and the worker as assets', () => {
  const assets = readdirSync(join(project, 'dist/assets'));
  for (const pattern of [/^precis-core-.*\.wasm$/, /^precis-icu-[^s].*\.dat$/, /^precis-icu-sea-.*\.dat$/, /^worker-thread-.*\.js$/]) {
    assert.ok(assets.some((name) => pattern.test(name)), `${pattern} in ${assets}`);
  }
});

test('the app loads and analyzes on the main thread and in the worker alike', async () => {
  assert.equal(await browser.page.textContent('#status'), 'ready');
  const text = '黃仁勛說：「我們準備好了。」Shares rose 3.5%.';
  const { local, worker } = await browser.page.evaluate((t) => window.precisApp.analyzeBoth(t), text);
  assert.deepEqual(local, worker);
  assert.deepEqual(local.sentences.map((s) => text.slice(s.start, s.end)), ['黃仁勛說：「我們準備好了。」', 'Shares rose 3.5%.']);
});

test('the Thai dictionaries are fetched only when Thai text arrives', async () => {
  assert.ok(!requests.some((url) => url.includes('precis-icu-sea')), 'not fetched up front');
  const { worker } = await browser.page.evaluate((t) => window.precisApp.analyzeBoth(t), THAI);
  assert.deepEqual(worker.tokens.map((t) => THAI.slice(t.start, t.end)), ['ภาษา', 'ไทย', 'เป็น', 'ภาษา', 'ที่', 'สวยงาม']);
  assert.ok(requests.some((url) => url.includes('precis-icu-sea')), 'fetched on demand');
});

test('<precis-article> renders the analyzed text', async () => {
  const text = '第一段。第二句！\nSecond paragraph here.';
  const rendered = await browser.page.evaluate((t) => window.precisApp.showText(t), text);
  assert.equal(rendered, '第一段。第二句！Second paragraph here.');
  const parts = await browser.page.$$eval('#article', ([el]) =>
    [...el.shadowRoot.querySelectorAll('[part]')].map((n) => n.getAttribute('part')));
  assert.equal(parts.filter((p) => p === 'paragraph').length, 2);
  assert.equal(parts.filter((p) => p.split(' ').includes('sentence')).length, 3);
});

test('an asset the host answers with its index.html is an Error naming the URL, not "expected magic word"', async () => {
  const message = await browser.page.evaluate(() => window.precisApp.loadError({ wasm: '/assets/not-there.wasm' }));
  assert.match(message, new RegExp(`precis: precis-core\\.wasm from ${server.origin}/assets/not-there\\.wasm is not a WebAssembly module`));
  const missing = await browser.page.evaluate(() => window.precisApp.loadError({ icuData: '/missing/x.dat' }));
  assert.match(missing, new RegExp(`precis: cannot load precis-icu\\.dat from ${server.origin}/missing/x\\.dat: HTTP 404`));
});

test('no page errors besides the 404 asked for above', () => {
  assert.deepEqual(browser.errors.filter((e) => !/Failed to load resource: .* 404/.test(e)), []);
});
