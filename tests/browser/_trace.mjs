import { openPage, loadPage, pasteText } from './browser.js';
import { readFileSync } from 'node:fs';
const s = await openPage({ viewport: { width: 1280, height: 900 } });
const page = s.page;
await loadPage(s);
const sources = [readFileSync('tests/browser/fixtures/harbor-library.en.txt','utf8'), readFileSync('tests/browser/fixtures/mountain-bookshop.zh-Hant.txt','utf8')];
const parts = []; let len = 0;
for (let i = 0; len < 51200; i++) { const p = sources[i % 2].replace(/\d+/g, (n) => String(Number(n) + i)).trim(); parts.push(p); len += p.length + 2; }
await pasteText(page, parts.join('\n\n'));
console.log(await page.evaluate(() => ({ els: document.querySelectorAll('#article *').length, marks: document.querySelectorAll('#article mark').length, s: document.querySelectorAll('#article .sentence').length })));
await page.waitForTimeout(500);
const cdp = await s.context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink', transferMode: 'ReportEvents' });
await page.focus('#input');
await page.evaluate(() => { const n = document.getElementById('input'); n.setSelectionRange(n.value.length, n.value.length); });
for (const burst of [' The desk lamps are new.', ' Hours may change.']) {
  await page.keyboard.type(burst, { delay: 25 });
  await page.waitForTimeout(1500);
}
await cdp.send('Tracing.end');
await done;
const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 30000 && mains.has(`${e.pid}:${e.tid}`));
const kids = events.filter((e) => e.ph === 'X' && e.name !== 'RunTask' && e.dur > 1000);
for (const t of tasks) {
  const inside = kids.filter((k) => k.tid === t.tid && k.ts >= t.ts && k.ts + k.dur <= t.ts + t.dur).sort((a,b)=>b.dur-a.dur).slice(0, 12);
  console.log(Math.round(t.dur/1000), 'ms:', inside.map((k) => `${k.name}${k.args?.data?.url ? '(' + k.args.data.url.split('/').pop() + ')' : ''}${k.args?.data?.functionName ? '[' + k.args.data.functionName + ']' : ''}=${Math.round(k.dur/1000)}`).join(', '));
}
await s.close();
