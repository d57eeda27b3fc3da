// Analyzer.tokenize() and Analyzer.sentences(): the words alone and the sentences alone,
// exactly as the full analysis gives them, without running the rest of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_KINDS, createAnalyzer } from '../../dist/index.js';

const TEXT = '黃仁勛表示，英偉達的新款芯片已經量產。2024年營收突破9000億元！\n\n' +
  '“我們會繼續投資。”他說。Mr. Smith arrived at 10:30 a.m. on Tuesday. 黄仁勋 again.\n';

for (const words of ['refined', 'standard', 'icu']) {
  test(`tokenize() gives the tokens of analyze() (${words} words)`, async () => {
    const analyzer = await createAnalyzer({ words });
    assert.deepEqual(analyzer.tokenize(TEXT), analyzer.analyze(TEXT).tokens);
  });
}

test('tokenize() keys: none on whitespace, one shared string per distinct key', async () => {
  const analyzer = await createAnalyzer();
  const tokens = analyzer.tokenize(TEXT);
  for (const token of tokens) {
    assert.equal('key' in token, token.kind !== 'whitespace', TEXT.slice(token.start, token.end));
  }
  const names = tokens.filter((t) => t.key === '黄仁勋');
  assert.equal(names.length, 2, 'the Traditional and the Simplified spelling share a key');
  assert.deepEqual(tokens.filter((t) => TEXT.slice(t.start, t.end) === 'Smith').map((t) => t.key), ['smith']);
});

for (const words of ['refined', 'standard', 'icu']) {
  test(`tokenSpans() gives the spans and kinds of tokenize() as typed arrays (${words} words)`, async () => {
    const analyzer = await createAnalyzer({ words });
    const tokens = analyzer.tokenize(TEXT);
    const spans = analyzer.tokenSpans(TEXT);
    assert.ok(spans.starts instanceof Uint32Array && spans.ends instanceof Uint32Array);
    assert.ok(spans.kinds instanceof Uint8Array);
    assert.equal(spans.length, tokens.length);
    assert.equal(spans.starts.length, tokens.length);
    const rebuilt = Array.from(spans.kinds, (kind, i) => ({ start: spans.starts[i], end: spans.ends[i], kind: TOKEN_KINDS[kind] }));
    assert.deepEqual(rebuilt, tokens.map(({ start, end, kind }) => ({ start, end, kind })));
  });
}

test('sentences() gives the sentence spans of analyze()', async () => {
  const analyzer = await createAnalyzer();
  const full = analyzer.analyze(TEXT).sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph }));
  assert.ok(full.length >= 4);
  assert.deepEqual(analyzer.sentences(TEXT), full);
});

test('the light paths take empty text and refuse what analyze() refuses', async () => {
  const analyzer = await createAnalyzer({ maxInputLength: 8 });
  assert.deepEqual(analyzer.tokenize(''), []);
  assert.deepEqual(analyzer.sentences(''), []);
  assert.equal(analyzer.tokenSpans('').length, 0);
  assert.throws(() => analyzer.tokenSpans(undefined), { name: 'TypeError', message: /tokenSpans\(\) expects a string/ });
  assert.throws(() => analyzer.tokenSpans('longer than eight'), /^Error: precis: .*limit/);
  assert.throws(() => analyzer.tokenize(null), { name: 'TypeError', message: /tokenize\(\) expects a string/ });
  assert.throws(() => analyzer.sentences(42), { name: 'TypeError', message: /sentences\(\) expects a string/ });
  assert.throws(() => analyzer.tokenize('longer than eight'), /^Error: precis: .*limit/);
  assert.throws(() => analyzer.sentences('longer than eight'), /^Error: precis: .*limit/);
});
