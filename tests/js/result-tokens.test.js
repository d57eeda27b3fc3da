// The analysis's tokens are made on first read (wasm/js/index.js): they must still behave as
// a plain enumerable array property for every way a caller reads, copies or replaces them.
import assert from 'node:assert/strict';
import test from 'node:test';
import { createAnalyzer } from '../../dist/index.js';

const analyzer = await createAnalyzer();
const TEXT = '他說：「好。」Shares rose 3.5%.\n第二段。';

test('tokens read twice are the same array and tile the text', () => {
  const analysis = analyzer.analyze(TEXT);
  const tokens = analysis.tokens;
  assert.ok(Array.isArray(tokens));
  assert.equal(analysis.tokens, tokens);
  assert.equal(tokens.map((t) => TEXT.slice(t.start, t.end)).join(''), TEXT);
  assert.ok(tokens.some((t) => t.kind === 'number' && TEXT.slice(t.start, t.end).startsWith('3.5')));
  assert.ok(tokens.some((t) => t.key === 'shares'));
});

test('tokens survive JSON, structuredClone, spread and Object.keys before any read', () => {
  const expected = analyzer.analyze(TEXT).tokens;
  assert.deepEqual(JSON.parse(JSON.stringify(analyzer.analyze(TEXT))).tokens, expected);
  assert.deepEqual(structuredClone(analyzer.analyze(TEXT)).tokens, expected);
  assert.deepEqual({ ...analyzer.analyze(TEXT) }.tokens, expected);
  assert.ok(Object.keys(analyzer.analyze(TEXT)).includes('tokens'));
});

test('tokens can be replaced before and after the first read', () => {
  const before = analyzer.analyze(TEXT);
  before.tokens = [];
  assert.deepEqual(before.tokens, []);
  const after = analyzer.analyze(TEXT);
  void after.tokens;
  after.tokens = [];
  assert.deepEqual(after.tokens, []);
});

test('a later analysis does not change the tokens of an earlier one', () => {
  const first = analyzer.analyze(TEXT);
  analyzer.analyze('完全不同的另一段文字，長一些，再長一些。'.repeat(50));
  assert.equal(first.tokens.map((t) => TEXT.slice(t.start, t.end)).join(''), TEXT);
});
