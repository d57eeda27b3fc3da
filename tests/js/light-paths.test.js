// Analyzer.tokenize() and Analyzer.sentences(): the words alone and the sentences alone,
// exactly as the full analysis gives them, without running the rest of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../dist/index.js';

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
  assert.throws(() => analyzer.tokenize(null), { name: 'TypeError', message: /tokenize\(\) expects a string/ });
  assert.throws(() => analyzer.sentences(42), { name: 'TypeError', message: /sentences\(\) expects a string/ });
  assert.throws(() => analyzer.tokenize('longer than eight'), /^Error: precis: .*limit/);
  assert.throws(() => analyzer.sentences('longer than eight'), /^Error: precis: .*limit/);
});
