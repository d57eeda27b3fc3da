// The page stays responsive: typing into a 50 KB article causes no main-thread task over 50 ms
// (the Long Tasks API), and a huge paste can be cancelled (the worker is terminated and
// restarted) while the rest of the page keeps working.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { afterDrawing, loadPage, openPage, pasteText } from './browser.js';

const fixture = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

// About 50 KB of varied paragraphs: the two fixture articles with numbered variations.
function article(minimumLength) {
  const sources = [fixture('harbor-library.en.txt'), fixture('mountain-bookshop.zh-Hant.txt')];
  const parts = [];
  let length = 0;
  for (let i = 0; length < minimumLength; i++) {
    const part = sources[i % 2].replace(/\d+/g, (n) => String(Number(n) + i)).trim();
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n');
}

let session;
let page;
before(async () => {
  session = await openPage({ viewport: { width: 1280, height: 900 } });
  page = session.page;
  await loadPage(session);
});
after(async () => session?.close());

// Long tasks are wall-clock time: on a machine whose cores are already busy with other work
// (load average above 1.5 per core), the page's thread waits for CPU and the bound says
// nothing about the page; the test then reports what it saw and skips the bound.
const overloaded = () => loadavg()[0] / availableParallelism() > 1.5;

test('typing into a 50 KB article: no main-thread task over 50 ms', async (t) => {
  const text = article(50 * 1024);
  assert.ok(text.length >= 50 * 1024);
  await pasteText(page, text);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__frames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    // Long animation frames name the scripts that ran, to explain any long task found.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts = entry.scripts.map((x) => `${x.invoker || x.sourceFunctionName} ${x.sourceURL.split('/').pop()}:${Math.round(x.duration)}ms`);
        window.__frames.push(`${Math.round(entry.duration)}ms frame (render ${Math.round(entry.startTime + entry.duration - (entry.renderStart || entry.startTime + entry.duration))}ms${scripts.length ? `; ${scripts.join(', ')}` : ''})`);
      }
    }).observe({ type: 'long-animation-frame' });
  });
  // One round: bursts of typing, then the long tasks and frames seen while they were handled.
  const typeRound = async (round) => {
    await page.evaluate(() => { window.__longTasks = []; window.__frames = []; });
    const input = page.locator('#input');
    await input.focus();
    await page.evaluate(() => {
      const node = document.getElementById('input');
      node.setSelectionRange(node.value.length, node.value.length);
    });
    const before = await page.evaluate(() => Number(document.body.dataset.rendered));
    // Bursts of typing with pauses long enough for analyses and redraws to land in between.
    const bursts = [` Desk lamps, round ${round}.`, ` 讀者很滿意${round}。`, ` Hours may change ${round}.`];
    for (const burst of bursts) {
      await afterDrawing(page, () => page.keyboard.type(burst, { delay: 25 }));
    }
    const final = await page.evaluate(() => Number(document.body.dataset.rendered));
    assert.ok(final > before, 'the article was analyzed and redrawn while typing');
    await page.waitForFunction((end) => document.getElementById('article').textContent.endsWith(end),
      `Hours may change ${round}.`, { timeout: 60_000, polling: 100 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const { longTasks, frames } = await page.evaluate(() => ({ longTasks: window.__longTasks, frames: window.__frames }));
    return { longTasks, frames };
  };
  // The machine is shared and noisy: a round with a long task is typed again, up to three
  // times; the page must manage one clean round (every round's tasks are reported on failure).
  const seen = [];
  let longTasks = [];
  for (let round = 1; round <= 3; round++) {
    const result = await typeRound(round);
    longTasks = result.longTasks;
    seen.push(`round ${round}: tasks ${result.longTasks.join(', ') || 'none'}; frames ${result.frames.join(' | ')}`);
    if (longTasks.length === 0) break;
  }
  const frames = seen;
  if (overloaded() && longTasks.length) {
    t.skip(`machine overloaded (load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores); long tasks seen (ms): ${longTasks.join(', ')}`);
    return;
  }
  assert.deepEqual(longTasks, [], `long tasks (ms): ${longTasks.join(', ')}; long frames: ${frames.join(' | ')}`);
});

test('a huge paste can be cancelled while the page stays usable', async () => {
  const before = await page.evaluate(() => Number(document.body.dataset.rendered));
  // A real paste's event: the page keeps a text this long out of the text box.
  await page.evaluate(() => {
    const input = document.getElementById('input');
    input.focus();
    input.select();
    const unit = 'The library expects about 300 visitors a week. 書店預估第一年每週約有300名訪客。\n';
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', unit.repeat(Math.ceil(6_000_000 / unit.length)));
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  });
  await page.locator('#cancel').waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'busy');
  assert.match(await page.$eval('#status', (n) => n.textContent), /^Analyzing 6,0[\d,]+ characters/);
  assert.match(await page.$eval('#large-notice', (n) => n.textContent), /first 4,000 of 6,0[\d,]+ characters/);
  assert.equal(await page.$eval('#input', (n) => n.readOnly), true);

  // The page still answers while the worker is busy: the theme toggles, the language switches.
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.click('#theme');
  assert.notEqual(await page.evaluate(() => document.documentElement.dataset.theme), theme);
  await page.click('#theme');
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'busy', 'still analyzing meanwhile');

  await page.click('#cancel');
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'cancelled');
  assert.equal(await page.locator('#cancel').isHidden(), true);
  assert.match(await page.$eval('#status', (n) => n.textContent), /^Cancelled/);

  // The restarted worker analyzes the next text; the huge one is never drawn.
  await page.click('#large-clear');
  assert.equal(await page.$eval('#input', (n) => n.readOnly), false);
  await pasteText(page, 'A short text after the cancel. It is analyzed at once.');
  assert.deepEqual(await page.$$eval('#article .sentence', (n) => n.map((x) => x.textContent)),
    ['A short text after the cancel.', 'It is analyzed at once.']);
  assert.ok(await page.evaluate((seq) => Number(document.body.dataset.rendered) > seq, before));
  assert.deepEqual(session.errors, []);
});

test('a text over the package\'s size limit gets its clear error, and the page carries on', async () => {
  await page.evaluate(() => {
    const input = document.getElementById('input');
    input.focus();
    input.select();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', 'abc '.repeat(2_400_000));  // 9.6 million code units
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('precis:'), null, { timeout: 60_000 });
  assert.match(await page.$eval('#status', (n) => n.textContent), /precis: .*(limit|long|maxInputLength)/i);
  await page.click('#large-clear');
  await pasteText(page, 'Still working. 仍然可以用。');
  assert.deepEqual(await page.$$eval('#article .sentence', (n) => n.map((x) => x.textContent)), ['Still working.', '仍然可以用。']);
});
