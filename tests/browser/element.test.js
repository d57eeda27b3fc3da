// <precis-article> in headless Chromium under the page's Content-Security-Policy: renders
// an analysis (summary, key sentences, highlights) from text nodes only, styleable by parts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.js';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.js';

// The element is tested on a bare page of the same origin under the page's policy less its
// Trusted Types directives (which are the page's own choice: under them a host passes
// createWorker a worker built through its own policy).
const ELEMENT_PAGE_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !/trusted-types/.test(directive)).join('; ');

let session;
before(async () => {
  session = await openPage();
  const url = `${session.origin}/element-test.html`;
  await session.page.route(url, (route) => route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: { 'Content-Security-Policy': ELEMENT_PAGE_POLICY },
    body: '<!doctype html><html lang="en"><meta charset="utf-8"><title>precis-article</title><body></body></html>',
  }));
  await session.page.goto(url);
  await session.page.evaluate(async () => {
    await import('/dist/element.js');
    const element = document.createElement('precis-article');
    element.id = 'under-test';
    document.body.append(element);
  });
});
after(async () => session?.close());

const TEXT = '林美華說：「我們準備好了。」書店將開放。<b>not bold</b>\nShares rose 3.5% on Tuesday. Analysts agreed.';

// Where `part` occurs in TEXT, as a span.
const at = (part, from = 0) => ({ start: TEXT.indexOf(part, from), end: TEXT.indexOf(part, from) + part.length });
const SENTENCES = ['林美華說：「我們準備好了。」', '書店將開放。', '<b>not bold</b>', 'Shares rose 3.5% on Tuesday.', 'Analysts agreed.'];

// An analysis as the analyzer shapes it, with a summary and highlights given by hand so
// that the rendering is checked whatever the analyzer currently selects.
function analysisWithExtras() {
  const newline = TEXT.indexOf('\n');
  return {
    text: TEXT,
    paragraphs: [{ start: 0, end: newline }, { start: newline + 1, end: TEXT.length }],
    sentences: SENTENCES.map((sentence, i) => ({ ...at(sentence), paragraph: i < 3 ? 0 : 1 })),
    tokens: [],
    summary: { sentences: [{ index: 3, score: 0.9, rank: 1 }, { index: 0, score: 0.7, rank: 2 }], text: '' },
    highlights: [
      { ...at('林美華'), kind: 'person', layer: 'annotation' },
      { ...at('「我們準備好了。」'), kind: 'quote' },
      { ...at('3.5%'), kind: 'quantity' },
      { ...at('3.5% on'), kind: 'key phrase!' },            // overlaps the quantity
      { start: 500, end: 600, kind: 'out-of-range' },      // ignored
      { ...at('書店將開放。'), layer: 'sentence', kind: 'key-sentence', rank: 2 },  // marks the sentence
    ],
  };
}

test('renders paragraphs, sentences, the summary and highlights as parts', async () => {
  const result = await session.page.evaluate((analysis) => {
    const element = document.getElementById('under-test');
    element.analysis = analysis;
    const root = element.shadowRoot;
    const text = (selector) => [...root.querySelectorAll(selector)].map((n) => n.textContent);
    return {
      paragraphs: text('[part~="paragraph"]'),
      keySentences: text('[part~="key-sentence"]'),
      ranks: [...root.querySelectorAll('[part~="key-sentence"]')].map((n) => n.dataset.rank),
      summary: text('[part~="summary-sentence"]'),
      heading: text('[part~="summary-heading"]'),
      marks: [...root.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('part')]),
      elementsInText: root.querySelectorAll('[part~="article"] b').length,
    };
  }, analysisWithExtras());
  assert.deepEqual(result.paragraphs, TEXT.split('\n'));
  assert.deepEqual(result.keySentences, ['林美華說：「我們準備好了。」', '書店將開放。', 'Shares rose 3.5% on Tuesday.']);
  assert.deepEqual(result.ranks, ['2', '2', '1']);
  assert.deepEqual(result.summary, ['林美華說：「我們準備好了。」', 'Shares rose 3.5% on Tuesday.'], 'in text order');
  assert.deepEqual(result.heading, ['Summary']);
  assert.deepEqual(result.marks, [
    ['林美華', 'highlight highlight-person highlight-annotation'],
    ['「我們準備好了。」', 'highlight highlight-quote'],
    ['3.5%', 'highlight highlight-quantity highlight-key-phrase'],
    [' on', 'highlight highlight-key-phrase'],
  ]);
  assert.equal(result.elementsInText, 0, 'markup in the text stays text');
});

test('custom properties and ::part() style it, under a CSP without inline styles', async () => {
  const styles = await session.page.evaluate(() => {
    const element = document.getElementById('under-test');
    element.style.setProperty('--precis-key-sentence-background', 'rgb(1, 2, 3)');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('#under-test::part(highlight-quantity) { color: rgb(200, 0, 0); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const root = element.shadowRoot;
    return {
      key: getComputedStyle(root.querySelector('[part~="key-sentence"]')).backgroundColor,
      quantity: getComputedStyle(root.querySelector('[part~="highlight-quantity"]')).color,
      summary: getComputedStyle(root.querySelector('[part~="summary"]')).backgroundColor,
    };
  });
  assert.equal(styles.key, 'rgb(1, 2, 3)');
  assert.equal(styles.quantity, 'rgb(200, 0, 0)');
  assert.notEqual(styles.summary, 'rgba(0, 0, 0, 0)', 'the default style sheet applies');
});

test('setting text analyzes it in a worker; a newer text supersedes an older one', async () => {
  const result = await session.page.evaluate(async () => {
    const element = document.createElement('precis-article');
    document.body.append(element);
    const events = [];
    element.addEventListener('precis-analyzed', (event) => events.push(event.detail.analysis.text));
    element.text = '舊的文字。'.repeat(20000);
    element.text = '新的文字。Second.';
    await element.updateComplete;
    return { events, shown: element.shadowRoot.querySelector('[part~="article"]').textContent, sentences: element.analysis.sentences.length };
  });
  assert.deepEqual(result.events, ['新的文字。Second.']);
  assert.equal(result.shown, '新的文字。Second.');
  assert.equal(result.sentences, 2);
});

test('analyzeOptions reach the analyzer with the signal', async () => {
  const seen = await session.page.evaluate(async () => {
    const element = document.createElement('precis-article');
    const calls = [];
    element.analyzer = {
      analyze(text, options) {
        calls.push({ text, budget: options.summary, hasSignal: options.signal instanceof AbortSignal });
        return { text, paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, paragraph: 0 }], tokens: [] };
      },
    };
    element.analyzeOptions = { summary: { sentences: 2 } };
    element.text = 'One sentence.';
    await element.updateComplete;
    return calls;
  });
  assert.deepEqual(seen, [{ text: 'One sentence.', budget: { sentences: 2 }, hasSignal: true }]);
});

test('an element written with its text inside analyzes that text', async () => {
  const shown = await session.page.evaluate(async () => {
    const holder = document.createElement('div');
    // The page's Trusted Types policy refuses innerHTML, so the markup is built by hand.
    const written = document.createElement('precis-article');
    written.setAttribute('summary-label', 'Gist');
    written.append(document.createTextNode('第一句。第二句。'));
    holder.append(written);
    document.body.append(holder);
    const element = holder.firstElementChild;
    await element.updateComplete;
    return [...element.shadowRoot.querySelectorAll('[part~="sentence"]')].map((n) => n.textContent);
  });
  assert.deepEqual(shown, ['第一句。', '第二句。']);
});

test('createWorker makes the worker of a worker analyzer', async () => {
  const sentences = await session.page.evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/dist/worker.js');
    let made = 0;
    const analyzer = await createWorkerAnalyzer({
      createWorker: () => { made += 1; return new Worker('/dist/worker-thread.js', { type: 'module' }); },
    });
    const analysis = await analyzer.analyze('一。二。三。');
    analyzer.terminate();
    return [made, analysis.sentences.length];
  });
  assert.deepEqual(sentences, [1, 3]);
});

test('no errors logged', () => {
  assert.deepEqual(session.errors, []);
});
