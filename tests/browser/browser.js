// Launches Debian's headless Chromium through playwright-core with a fresh profile and the
// flags that keep it off the (closed) network, and serves the page on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.js';

export async function openPage({ viewport = { width: 1280, height: 900 }, colorScheme = 'light', locale = 'en-US' } = {}) {
  const server = await startServer({ port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), 'precis-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    colorScheme,
    locale,
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return {
    page, context, origin, requests, errors, server,
    async close() {
      await context.close();
      if (server.listening) await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Opens the page and waits until its analyzer is ready.
export async function loadPage(session, path = '/') {
  const response = await session.page.goto(`${session.origin}${path}`);
  await session.page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
  return response;
}

// Runs `action` (which changes the text) and waits until the page has drawn the analysis of
// the text it produced, not that of an earlier request still on its way.
export async function afterDrawing(page, action) {
  const before = await page.evaluate(() => Number(document.body.dataset.requested ?? 0));
  await action();
  await page.waitForFunction((seq) => {
    const requested = Number(document.body.dataset.requested ?? 0);
    return requested > seq && Number(document.body.dataset.rendered ?? 0) >= requested;
  }, before, { timeout: 60_000, polling: 50 });
}

// Replaces the text as a paste would, and waits until the page has drawn its analysis.
export function pasteText(page, text) {
  return afterDrawing(page, () => page.locator('#input').fill(text));
}
