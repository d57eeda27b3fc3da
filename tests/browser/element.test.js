// <precis-article> in headless Chromium under the page's Content-Security-Policy: renders
// an analysis (summary, key sentences, highlights) from text nodes only, styleable by parts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.js';

let session;
before(async () => {
  session = await openPage();
  await session.page.goto(`${session.origin}/`);
  await session.page.evaluate(async () => {
    await import('/dist/element.js');
    document.body.insertAdjacentHTML('beforeend', '<precis-article id="under-test"></precis-article>');
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
      summary: text('[part~="summary-sentence"]'),
      heading: text('[part~="summary-heading"]'),
      marks: [...root.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('part')]),
      elementsInText: root.querySelectorAll('[part~="article"] b').length,
    };
  }, analysisWithExtras());
  assert.deepEqual(result.paragraphs, TEXT.split('\n'));
  assert.deepEqual(result.keySentences, ['林美華說：「我們準備好了。」', 'Shares rose 3.5% on Tuesday.']);
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

test('an element written with its text inside analyzes that text', async () => {
  const shown = await session.page.evaluate(async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<precis-article summary-label="Gist">第一句。第二句。</precis-article>';
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
