// The page in headless Chromium: pastes an English and a Traditional Chinese article (fixtures
// of our own writing) and checks every panel against what the package itself returns, the
// layers, the length control, keyboard use, export, the UI language, themes, that pasted markup
// stays inert, the Content-Security-Policy, that no request leaves 127.0.0.1, and screenshots.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../dist/index.js';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.js';
import { afterDrawing, loadPage, openPage, pasteText } from './browser.js';

const fixture = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const ENGLISH = fixture('harbor-library.en.txt');
const CHINESE = fixture('mountain-bookshop.zh-Hant.txt');
const shots = fileURLToPath(new URL('../../build/screenshots/', import.meta.url));
const analyzer = await createAnalyzer();
const slice = (text, span) => text.slice(span.start, span.end);

let session;
let page;
let response;
before(async () => {
  mkdirSync(shots, { recursive: true });
  session = await openPage({ viewport: { width: 1440, height: 1000 } });
  page = session.page;
  response = await loadPage(session);
});
after(async () => session?.close());

// What the page shows, read back from the DOM.
function readPanels() {
  const texts = (selector) => [...document.querySelectorAll(selector)].map((n) => n.textContent);
  const visible = (id) => !document.getElementById(id).hidden;
  return {
    sentences: texts('#article .sentence'),
    paragraphs: document.querySelectorAll('#article p').length,
    articleText: document.getElementById('article').textContent,
    summary: texts('#summary .summary-sentence'),
    summaryNote: visible('summary-note') ? document.getElementById('summary-note').textContent : null,
    terms: [...document.querySelectorAll('#keyphrases .term')].map((n) => n.getAttribute('aria-label')),
    keyphraseNote: visible('keyphrase-note') ? document.getElementById('keyphrase-note').textContent : null,
    stripCells: document.querySelectorAll('#strip .cell').length,
    stripShown: visible('strip-figure'),
    stripNote: visible('strip-note'),
    stats: Object.fromEntries([...document.querySelectorAll('#stats .stat')].map((n) => [n.dataset.stat, n.querySelector('dd').textContent])),
    marks: [...document.querySelectorAll('#article mark.hl:not([data-continued])')].map((n) => ({ layer: n.className.match(/hl-(\w+)/)[1], text: n.textContent })),
    layers: [...document.querySelectorAll('#legend input')].map((n) => n.dataset.layer),
  };
}

function countCodePoints(text) {
  return [...text].length;
}

const summaryIndices = (analysis) => analysis.summary.sentences.map((pick) => (typeof pick === 'number' ? pick : pick.index));
const hasScores = (analysis) => typeof analysis.sentences[0]?.score === 'number' || Array.isArray(analysis.sentenceScores);
const PAGE_LAYER = { quotation: 'quote', organization: 'org', person: 'person', place: 'place', date: 'date', quantity: 'quantity' };

// Every panel shows exactly what the package computed for `text`; panels whose data this build
// lacks say so.
async function checkPanels(text) {
  const expected = analyzer.analyze(text);
  if (expected.summary) {
    // Each panel is drawn in its own task: let the summary panel catch up before reading.
    await page.waitForFunction((n) => document.querySelectorAll('#summary .summary-sentence').length === n,
      expected.summary.sentences.length, { timeout: 5000 }).catch(() => {});
  }
  const shown = await page.evaluate(readPanels);
  assert.deepEqual(shown.sentences, expected.sentences.map((s) => slice(text, s)));
  assert.equal(shown.paragraphs, expected.paragraphs.length);
  assert.equal(shown.articleText, expected.paragraphs.map((p) => slice(text, p)).join(''), 'no text lost or added');

  if (expected.summary) {
    assert.deepEqual(shown.summary, summaryIndices(expected).map((i) => slice(text, expected.sentences[i]).trim()));
    assert.ok(shown.summary.length > 0);
  } else {
    assert.deepEqual(shown.summary, []);
    assert.match(shown.summaryNote, /does not choose summary sentences/);
  }

  if (expected.keyphrases) {
    const top = expected.keyphrases.slice(0, 15);
    assert.equal(shown.terms.length, top.length);
    top.forEach((k, i) => assert.ok(shown.terms[i].startsWith(`${k.text}:`), `term ${i} is ${k.text}`));
  } else {
    assert.equal(shown.terms.length, 0);
    assert.match(shown.keyphraseNote, /does not find keyphrases/);
  }

  if (hasScores(expected)) {
    assert.ok(shown.stripShown);
    assert.equal(shown.stripCells, expected.sentences.length);
  } else {
    assert.ok(!shown.stripShown && shown.stripNote);
  }

  assert.equal(shown.stats.statSentences, String(expected.sentences.length));
  assert.equal(shown.stats.statParagraphs, String(expected.paragraphs.length));
  assert.equal(shown.stats.statCharacters.replace(/,/g, ''), String(expected.stats?.characters ?? countCodePoints(text)));
  assert.match(shown.stats.statAnalysis, /^[\d.,]+ ms$/);
  assert.ok(shown.stats.statReading);

  // Each annotation highlight the package found is one highlight on the page, in its layer.
  if (Array.isArray(expected.highlights)) {
    for (const [kind, layer] of Object.entries(PAGE_LAYER)) {
      const found = expected.highlights.filter((h) => h.kind === kind).map((h) => slice(text, h));
      const drawn = await page.$$eval(`#article mark.hl-${layer}`, (marks) => new Set(marks.map((m) => m.dataset.h)).size);
      assert.equal(drawn, found.length, `${kind}: ${found.join(' | ')}`);
    }
    assert.ok(shown.stats.statLanguage, 'the language is shown');
  }
  return { expected, shown };
}

test('the page is served with a Content-Security-Policy that the browser enforces', async () => {
  assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
  for (const directive of ["script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "default-src 'self'", "require-trusted-types-for 'script'"]) {
    assert.ok(CONTENT_SECURITY_POLICY.includes(directive), directive);
  }
  const meta = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (n) => n.content);
  assert.equal(meta, CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, ''));

  const errorsBefore = session.errors.length;
  try {
    const outcome = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      let fetched = 'allowed';
      try {
        await fetch('http://192.0.2.1/collect');
      } catch {
        fetched = 'refused';
      }
      let html = 'allowed';
      try {
        document.createElement('div').innerHTML = '<b>markup</b>';
      } catch {
        html = 'refused';
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { fetched, html, violations };
    });
    assert.equal(outcome.fetched, 'refused', 'connections outside the origin are blocked');
    assert.ok(outcome.violations.includes('connect-src'));
    assert.equal(outcome.html, 'refused', 'Trusted Types make innerHTML refuse strings');

    // Inline script in a document under the same policy does not run.
    const probeUrl = `${session.origin}/__csp-probe.html`;
    await session.context.route(probeUrl, (route) => route.fulfill({
      status: 200, contentType: 'text/html', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      body: '<!doctype html><title>probe</title><script>window.__inlineRan = true</script>',
    }));
    const probe = await session.context.newPage();
    probe.on('console', () => {});
    await probe.goto(probeUrl);
    assert.equal(await probe.evaluate(() => window.__inlineRan === true), false, 'inline script is blocked');
    await probe.close();
  } finally {
    session.errors.splice(errorsBefore);  // the violations provoked here are logged as errors
  }
});

test('the page code has no HTML sink that text could reach', () => {
  const dir = new URL('../../web/', import.meta.url);
  const files = ['app.js', 'render-article.js', 'summary-panel.js', 'keyphrase-chart.js', 'importance-strip.js',
    'stats-panel.js', 'layers.js', 'tooltip.js', 'dom.js', 'export.js', 'model.js', 'worker.js', 'analysis-client.js'];
  for (const file of files) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/, file);
  }
});

test('an English article: every panel shows what the package found', async () => {
  await pasteText(page, ENGLISH);
  const { shown } = await checkPanels(ENGLISH);
  assert.equal(shown.sentences[0], 'Harbor Town Library Opens a Night Reading Room');
  assert.ok(shown.sentences.includes('The project cost about $2.4 million and took eighteen months to build.'));
  assert.equal(await page.$eval('#status', (n) => n.textContent.startsWith('Analyzed in')), true);
});

test('layers toggle from the legend', async () => {
  const style = (selector, property) => page.$eval(selector, (n, p) => getComputedStyle(n)[p], property);
  const outlines = (on) => (on ? 'dashed' : 'none');
  // Sentence outlines start on unless key-sentence shading shows the sentences already.
  const sentencesOn = await page.isChecked('#layer-sentences');
  assert.equal(sentencesOn, !(await page.$('#layer-key')));
  assert.equal(await style('#article .sentence:not(.key)', 'borderBottomStyle'), outlines(sentencesOn));
  await page.click('#layer-sentences');
  assert.equal(await style('#article .sentence:not(.key)', 'borderBottomStyle'), outlines(!sentencesOn));
  await page.click('#layer-sentences');
  assert.equal(await page.$$eval('#article .w', (n) => n.length), 0, 'word spans only while shown');
  await page.click('#layer-words');
  await page.waitForSelector('#article .w');
  assert.equal(await style('#article .w', 'borderRightStyle'), 'solid');
  const words = await page.$$eval('#article .w', (n) => n.map((x) => ({ text: x.textContent, kind: x.className })));
  const kindOf = (text) => words.find((w) => w.text === text)?.kind;
  assert.equal(kindOf('Harbor'), 'w k-word');
  assert.equal(kindOf('120'), 'w k-number');
  assert.equal(await page.$eval('#article', (n) => n.textContent), ENGLISH.split('\n').filter(Boolean).join(''));
  await page.click('#layer-words');
  await page.waitForFunction(() => !document.querySelector('#article .w'));
  const layers = await page.$$eval('#legend input', (n) => n.map((x) => x.dataset.layer));
  for (const layer of layers.filter((l) => !['sentences', 'words'].includes(l))) {
    const selector = layer === 'key' ? '#article .sentence.key' : `#article .hl-${layer}${layer === 'keyphrase' ? '.top' : ''}`;
    const look = () => page.$eval(selector, (n) => {
      const s = getComputedStyle(n);
      return [s.color, s.backgroundColor, s.textDecorationLine, s.borderBottomStyle, s.fontWeight, s.boxShadow].join();
    });
    const on = await look();
    await page.click(`#layer-${layer}`);
    const off = await look();
    assert.notEqual(on, off, `${layer} looks different when hidden`);
    if (layer !== 'key') assert.equal(await page.$eval(selector, (n) => n.tabIndex), -1, `hidden ${layer} leaves the tab order`);
    await page.click(`#layer-${layer}`);
  }
  assert.ok(await page.$('#article .sentence'));
});

test('the length control re-selects the summary', async () => {
  const expected = analyzer.analyze(ENGLISH);
  const range = page.locator('#length');
  if (!expected.summary) {
    await range.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.getElementById('length-value').value === '4');
    assert.match(await page.$eval('#summary-note', (n) => n.textContent), /does not choose/);
    return;
  }
  const count = () => page.$$eval('#summary .summary-sentence', (n) => n.length);
  await range.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelectorAll('#summary .summary-sentence').length === 1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelectorAll('#summary .summary-sentence').length === 3);
  assert.equal(await count(), 3);
  await page.selectOption('#length-unit', 'percent');
  await range.focus();
  await page.keyboard.press('End');
  await page.waitForFunction((n) => document.querySelectorAll('#summary .summary-sentence').length > n, 3);
  assert.equal(await page.$eval('#length-value', (n) => n.value), '100%');
  await page.selectOption('#length-unit', 'sentences');
  await page.waitForFunction(() => document.querySelectorAll('#summary .summary-sentence').length === 3);
});

test('keyboard: a summary sentence, a keyphrase and the strip lead into the article', async () => {
  const expected = analyzer.analyze(ENGLISH);
  if (expected.summary) {
    await page.focus('#summary .summary-sentence');
    const target = await page.$eval('#summary .summary-sentence', (n) => n.dataset.s);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.activeElement?.id === `s-${s}`, target);
    assert.equal(await page.$eval('#tip', (n) => n.hidden), false, 'focusing a sentence explains it');
    assert.match(await page.$eval('#tip', (n) => n.textContent), /Sentence \d+/);
  }
  if (expected.keyphrases?.length) {
    await page.focus('#keyphrases .term');
    await page.keyboard.press('Enter');
    assert.equal(await page.$eval('#keyphrases .term', (n) => n.getAttribute('aria-pressed')), 'true');
    const selected = await page.$$eval('#article mark.selected', (n) => n.length);
    assert.equal(selected, expected.keyphrases[0].occurrences.length);
    await page.keyboard.press('Enter');
    assert.equal(await page.$$eval('#article mark.selected', (n) => n.length), 0);
  }
  if (hasScores(expected)) {
    await page.focus('#strip svg');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.activeElement?.id === `s-${s}`, expected.sentences.length - 1);
  }
  // Focus is visible: every control the keyboard reaches draws an outline.
  await page.focus('#input');
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const n = document.activeElement;
      return { what: n.id || n.className?.baseVal || n.className, outline: getComputedStyle(n).outlineStyle, body: n === document.body };
    });
    if (focused.body) break;  // past the last control: focus leaves the document
    assert.notEqual(focused.outline, 'none', `focus is visible on ${focused.what}`);
  }
});

test('exports the analysis as JSON and the summary as Markdown', async () => {
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  const expected = analyzer.analyze(ENGLISH);
  assert.equal(json.text, ENGLISH);
  assert.deepEqual(json.sentences, expected.sentences);
  assert.equal(json.tokens.length, expected.tokens.length);
  if (expected.summary) {
    await page.click('#copy-summary');
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^## Summary\n\n- /);
    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-markdown')]);
    const markdown = readFileSync(await mdDownload.path(), 'utf8');
    assert.match(markdown, /^## Summary\n\n- /);
    assert.equal(markdown.trim().split('\n').filter((l) => l.startsWith('- ')).length, summaryIndices(expected).length);
  }
});

test('opens a .txt file, takes a dropped one, and refuses what is not text', async () => {
  const note = '打開的檔案。It was opened from a file.';
  await afterDrawing(page, () => page.setInputFiles('#file', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from(note) }));
  assert.equal(await page.inputValue('#input'), note);
  assert.deepEqual(await page.$$eval('#article .sentence', (n) => n.map((x) => x.textContent)), ['打開的檔案。', 'It was opened from a file.']);

  const dropped = 'Dropped here. 拖進來的。';
  await afterDrawing(page, () => page.evaluate((text) => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
  }, dropped));
  assert.equal(await page.inputValue('#input'), dropped);

  await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('photo.png'));
  assert.equal(await page.$eval('#status', (n) => n.textContent), 'photo.png is not a text file.');
  assert.equal(await page.inputValue('#input'), dropped, 'the text stays');
});

test('pasted HTML and script stay text', async () => {
  const payload = [
    '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>',
    '<svg onload="window.__xss=3"></svg> <a href="javascript:window.__xss=4">link</a> 你好。',
    '"><iframe srcdoc="<script>parent.__xss=5</script>"></iframe> Hello there.',
  ].join('\n');
  await pasteText(page, payload);
  await page.waitForTimeout(100);  // give any injected handler a chance to run
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.$$eval('#article img, #article script, #article svg, #article iframe, #article a', (n) => n.length), 0);
  assert.equal(await page.$eval('#article', (n) => n.textContent), payload.split('\n').join(''));
});

test('a Traditional Chinese article with the Traditional Chinese interface', async () => {
  await page.selectOption('#ui-language', 'zh-Hant');
  await pasteText(page, CHINESE);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hant');
  assert.equal(await page.$eval('#summary-heading', (n) => n.textContent), '摘要');
  assert.equal(await page.$eval('#keyphrases-heading', (n) => n.textContent), '關鍵詞');
  assert.match(await page.$eval('#status', (n) => n.textContent), /^分析完成/);
  const expected = analyzer.analyze(CHINESE);
  const shown = await page.evaluate(readPanels);
  assert.deepEqual(shown.sentences, expected.sentences.map((s) => slice(CHINESE, s)));
  assert.equal(shown.sentences[0], '山城書店開設夜間閱讀室');
  assert.ok(shown.sentences.includes('店長林美華說：「學生告訴我們，晚飯後找不到安靜的地方讀書。」'));
  assert.equal(shown.stats.statSentences, String(expected.sentences.length));
  if (!expected.summary) assert.match(shown.summaryNote, /還不會挑選摘要句/);
  await page.selectOption('#ui-language', 'en');
  await checkPanels(CHINESE);
});

test('Japanese, Simplified Chinese and mixed text', async () => {
  const texts = [
    '図書館は夜の閲覧室を開きます。学生は静かに勉強できます。\n入場は無料です。',
    '河港镇图书馆宣布开设夜间阅览室。馆长陈美玲说：“学生需要安静的地方。”',
    '青燈書店 opened a reading room. 讀者很滿意！図書館も同じです。',
  ];
  for (const text of texts) {
    await pasteText(page, text);
    const expected = analyzer.analyze(text);
    const shown = await page.$$eval('#article .sentence', (n) => n.map((x) => x.textContent));
    assert.deepEqual(shown, expected.sentences.map((s) => slice(text, s)));
    assert.ok(shown.length >= 2, text);
  }
});

test('the theme toggle switches between light and dark', async () => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  await page.click('#theme');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.notEqual(await background(), light);
  await page.click('#theme');
  assert.equal(await background(), light);
});

test('no request leaves 127.0.0.1 and no error is logged', () => {
  const outside = session.requests.filter((url) => !url.startsWith(`${session.origin}/`) && !url.startsWith('blob:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(session.errors, []);
});

test('screenshots at 360 and 1440 px in light and dark themes', async () => {
  const shoot = async (width, theme, text, uiLanguage) => {
    await page.setViewportSize({ width, height: width < 600 ? 780 : 1000 });
    await page.selectOption('#ui-language', uiLanguage);
    if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) await page.click('#theme');
    if ((await page.inputValue('#input')) !== text) await pasteText(page, text);
    await page.evaluate(() => {
      const input = document.getElementById('input');
      input.setSelectionRange(0, 0);
      input.scrollTop = 0;
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    await page.mouse.move(0, 0);
    assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, width), `nothing wider than ${width} px`);
    const path = `${shots}page-${width}-${theme}.png`;
    await page.screenshot({ path, fullPage: true });
    return path;
  };
  await shoot(1440, 'light', ENGLISH, 'en');
  await shoot(1440, 'dark', CHINESE, 'zh-Hant');
  await shoot(360, 'light', CHINESE, 'zh-Hant');
  await shoot(360, 'dark', ENGLISH, 'en');
  await page.selectOption('#ui-language', 'en');
  const saved = ['1440-light', '1440-dark', '360-light', '360-dark'].map((name) => readFileSync(`${shots}page-${name}.png`));
  for (const png of saved) assert.equal(png.subarray(1, 4).toString(), 'PNG');
});
