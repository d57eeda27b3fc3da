// Sentences and paragraph kinds through the built package, on text written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, PARAGRAPH_KINDS } from '../../dist/index.js';

const analyzer = await createAnalyzer();
const sentencesOf = (text) => {
  const analysis = analyzer.analyze(text);
  return analysis.sentences.map((s) => text.slice(s.start, s.end));
};

test('Chinese quotation rules: closing quote stays, attribution runs on, titles never split', () => {
  assert.deepEqual(sentencesOf('「明天見。」她說。會議結束了。他寫了《等等！我來了》一書。'), [
    '「明天見。」她說。', '會議結束了。', '他寫了《等等！我來了》一書。',
  ]);
  assert.deepEqual(sentencesOf('部长说：“已经完成了。”记者随后离开。'), ['部长说：“已经完成了。”', '记者随后离开。']);
});

test('English abbreviations, decimals, addresses and lists', () => {
  assert.deepEqual(sentencesOf('Ms. Ortiz paid $12.50 at 3 p.m. on Friday. Mail bo.li@example.com. It works.'), [
    'Ms. Ortiz paid $12.50 at 3 p.m. on Friday.', 'Mail bo.li@example.com.', 'It works.',
  ]);
  assert.deepEqual(sentencesOf('1) Open the lid 2) Pour the water'), ['1) Open the lid', '2) Pour the water']);
  assert.deepEqual(sentencesOf('美国总统Mr. Carter今天抵达。他说了很多。'), ['美国总统Mr. Carter今天抵达。', '他说了很多。']);
  assert.deepEqual(sentencesOf('Acme Inc.は新製品を発表した。価格は999ドル。'), ['Acme Inc.は新製品を発表した。', '価格は999ドル。']);
});

test('paragraph kinds arrive as strings and headings are single sentences', () => {
  const text = '## 第一部分\n![](pic.png)\n- 一項\n正文第一句。正文第二句。';
  const analysis = analyzer.analyze(text);
  assert.deepEqual(analysis.paragraphs.map((p) => p.kind), ['heading', 'image', 'list-item', 'body']);
  assert.deepEqual(PARAGRAPH_KINDS, ['body', 'heading', 'image', 'list-item']);
  assert.deepEqual(analysis.sentences.map((s) => s.paragraph), [0, 1, 2, 3, 3]);
});

test('a sentence wrapped over two lines keeps exact offsets across the break', () => {
  const text = 'The river rose all \r\nnight long. Roads closed.';
  const analysis = analyzer.analyze(text);
  assert.equal(analysis.paragraphs.length, 1);
  assert.deepEqual(analysis.sentences.map((s) => text.slice(s.start, s.end)),
    ['The river rose all \r\nnight long.', 'Roads closed.']);
});
