import { openPage, loadPage, pasteText } from './browser.js';
const s = await openPage({ viewport: { width: 1280, height: 900 } });
const page = s.page;
await loadPage(s);
await page.evaluate(() => { const n = document.getElementById('input'); n.value = ('The library expects about 300 visitors a week. 書店預估第一年每週約有300名訪客。\n').repeat(900); });
await page.focus('#input');
await page.keyboard.type('abc', { delay: 20 });
console.log(await page.evaluate(() => {
  const n = document.getElementById('input'); const out = [];
  for (let i = 0; i < 5; i++) { n.setRangeText('x', n.value.length, n.value.length); const t0 = performance.now(); const v = n.value; out.push((performance.now() - t0).toFixed(2) + 'ms/' + v.length); }
  return out;
}));
await s.close();
