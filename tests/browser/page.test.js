// The page in headless Chromium: paste a mixed Chinese + English article, check the rendered
// sentences and words, that no request leaves 127.0.0.1, and save a screenshot under build/.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openPage } from './browser.js';

const ARTICLE = [
  '山城書店的新選擇',
  '',
  '位於山城老街的「青燈書店」上週宣布，明年起將開放夜間閱讀室。店長林美華說：「我們希望學生放學後有個安靜的地方。」',
  'The reading room will open at 7 p.m. on weekdays. Mr. Lin said it cost about 3.5 million dollars.',
  '',
  '讀者反應熱烈！有人擔心噪音問題嗎？書店表示會加強管理。',
].join('\n');

const shots = fileURLToPath(new URL('../../build/screenshots/', import.meta.url));
let session;
before(async () => {
  mkdirSync(shots, { recursive: true });
  session = await openPage();
  await session.page.goto(`${session.origin}/`);
  await session.page.waitForFunction(() => document.getElementById('status').textContent === 'Ready.');
  await session.page.locator('#input').fill(ARTICLE);
  await session.page.waitForFunction(() => document.body.dataset.analyzed);
});
after(async () => session?.close());

test('renders each sentence of the pasted article', async () => {
  const sentences = await session.page.$$eval('#article .sentence', (nodes) => nodes.map((n) => n.textContent));
  assert.deepEqual(sentences, [
    '山城書店的新選擇',
    '位於山城老街的「青燈書店」上週宣布，明年起將開放夜間閱讀室。',
    '店長林美華說：「我們希望學生放學後有個安靜的地方。」',
    'The reading room will open at 7 p.m. on weekdays.',
    'Mr. Lin said it cost about 3.5 million dollars.',
    '讀者反應熱烈！',
    '有人擔心噪音問題嗎？',
    '書店表示會加強管理。',
  ]);
  const paragraphs = await session.page.$$eval('#article p', (nodes) => nodes.length);
  assert.equal(paragraphs, 4);
});

test('delimits words, numbers and punctuation as tokens', async () => {
  const tokens = await session.page.$$eval('#article .token', (nodes) =>
    nodes.map((n) => ({ text: n.textContent, kind: [...n.classList].find((c) => c.startsWith('kind-')) })));
  const find = (text) => tokens.find((t) => t.text === text);
  assert.equal(find('書店')?.kind, 'kind-ideographic');
  assert.equal(find('reading')?.kind, 'kind-word');
  assert.equal(find('3.5')?.kind, 'kind-number');
  assert.equal(find('。')?.kind, 'kind-punctuation');
  const rendered = await session.page.$eval('#article', (node) => node.textContent);
  assert.equal(rendered, ARTICLE.split('\n').filter(Boolean).join(''), 'no text lost or added');
});

test('pasted HTML stays text', async () => {
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> 你好。';
  await session.page.locator('#input').fill(payload);
  await session.page.waitForFunction((text) => document.getElementById('article').textContent.includes('你好'), payload);
  assert.equal(await session.page.evaluate(() => window.__xss), undefined);
  assert.equal(await session.page.$$eval('#article img, #article script', (n) => n.length), 0);
  await session.page.locator('#input').fill(ARTICLE);
  await session.page.waitForFunction(() => document.querySelectorAll('#article .sentence').length === 8);
});

test('no request leaves 127.0.0.1 and no error is logged', () => {
  const outside = session.requests.filter((url) => !url.startsWith(session.origin));
  assert.deepEqual(outside, []);
  assert.deepEqual(session.errors, []);
});

test('saves a screenshot', async () => {
  const path = `${shots}page-1280.png`;
  await session.page.screenshot({ path, fullPage: true });
  assert.ok(path);
});
