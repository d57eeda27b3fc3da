// The package's analyzer through the built wasm: spans slice exactly, kinds, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../dist/index.js';

const analyzer = await createAnalyzer();
const slices = (text, spans) => spans.map((s) => text.slice(s.start, s.end));

function assertConsistent(text, analysis) {
  let position = 0;
  for (const token of analysis.tokens) {
    assert.equal(token.start, position, 'tokens tile the text');
    assert.ok(token.end > token.start);
    position = token.end;
  }
  assert.equal(position, text.length);
  for (const sentence of analysis.sentences) {
    const paragraph = analysis.paragraphs[sentence.paragraph];
    assert.ok(paragraph.start <= sentence.start && sentence.end <= paragraph.end);
  }
}

test('spans slice exactly across emoji, CRLF, full-width spaces and combining marks', () => {
  const text =
    '👋🏽 Café\u0301 au lait! 👨‍👩‍👧 family.\r\n' +
    '\u3000\u3000全形空格開頭的段落。第二句😀來了！\r\n\r\n' +
    'e\u0301\u0302 combining. Last line 🇹🇼';
  const analysis = analyzer.analyze(text);
  assertConsistent(text, analysis);
  assert.deepEqual(slices(text, analysis.paragraphs), [
    '👋🏽 Café\u0301 au lait! 👨‍👩‍👧 family.',
    '全形空格開頭的段落。第二句😀來了！',
    'e\u0301\u0302 combining. Last line 🇹🇼',
  ]);
  assert.deepEqual(slices(text, analysis.sentences), [
    '👋🏽 Café\u0301 au lait!', '👨‍👩‍👧 family.', '全形空格開頭的段落。', '第二句😀來了！',
    'e\u0301\u0302 combining.', 'Last line 🇹🇼',
  ]);
  const tokens = slices(text, analysis.tokens);
  for (const expected of ['Café\u0301', '👨‍👩‍👧', '\r\n', '🇹🇼']) assert.ok(tokens.includes(expected), expected);
});

test('tokens carry their kinds', () => {
  const text = '我們喜歡學習中文。Nvidia rose 3.5 percent, カタカナ 😀';
  const analysis = analyzer.analyze(text);
  const kindOf = (word) => analysis.tokens.find((t) => text.slice(t.start, t.end) === word)?.kind;
  assert.equal(kindOf('我們'), 'ideographic');
  assert.equal(kindOf('Nvidia'), 'word');
  assert.equal(kindOf('3.5'), 'number');
  assert.equal(kindOf(','), 'punctuation');
  assert.equal(kindOf(' '), 'whitespace');
  assert.equal(kindOf('カタカナ'), 'kana');
  assert.equal(kindOf('😀'), 'symbol');
});

test('the analysis keeps the text it analyzed', () => {
  const text = 'One. Two.';
  assert.equal(analyzer.analyze(text).text, text);
});

test('lone surrogates and control characters lose no code unit', () => {
  const text = 'a\uD800b\uDC00\u0001 c\u0000d\uDBFF';
  assertConsistent(text, analyzer.analyze(text));
});

test('empty and blank text give empty analyses', () => {
  assert.deepEqual(analyzer.analyze('').tokens, []);
  const blank = analyzer.analyze(' \n\t');
  assert.deepEqual(blank.paragraphs, []);
  assert.deepEqual(blank.sentences, []);
  assertConsistent(' \n\t', blank);
});

test('a non-string is a TypeError that names what was expected', () => {
  assert.throws(() => analyzer.analyze(42), { name: 'TypeError', message: /precis: analyze\(\) expects a string/ });
  assert.throws(() => analyzer.analyze(null), /got null/);
});

test('text over the size limit is a clear error and the module keeps working', async () => {
  const small = await createAnalyzer({ maxInputLength: 10 });
  assert.throws(() => small.analyze('x'.repeat(11)), /precis: .*more than the limit of 10/);
  assert.equal(small.analyze('short').tokens.length, 1);
});
