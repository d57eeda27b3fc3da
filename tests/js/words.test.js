// Words through the package: normalized keys and the word refinements (numbers with units,
// dates, Latin forms, in-document new words), always tiling the text exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../dist/index.js';

const analyzer = await createAnalyzer();

function tokensOf(text) {
  const { tokens } = analyzer.analyze(text);
  let position = 0;
  for (const token of tokens) {
    assert.equal(token.start, position, 'tokens tile the text');
    position = token.end;
  }
  assert.equal(position, text.length, 'tokens cover the text');
  return tokens;
}

const words = (text) => tokensOf(text).filter((t) => t.kind !== 'whitespace').map((t) => text.slice(t.start, t.end));

test('every token but whitespace carries a normalized key', () => {
  const text = '黃仁勛 說 ＡＩ 晶片';
  const tokens = tokensOf(text);
  for (const token of tokens) {
    if (token.kind === 'whitespace') assert.equal(token.key, undefined);
    else assert.equal(typeof token.key, 'string');
  }
  const keys = tokens.filter((t) => t.key !== undefined).map((t) => t.key).join('');
  assert.equal(keys, '黄仁勋说ai晶片');
});

test('Traditional and Simplified spellings share keys', () => {
  const keyString = (text) => tokensOf(text).map((t) => t.key ?? '').join('');
  assert.equal(keyString('國際貿易發展'), keyString('国际贸易发展'));
});

