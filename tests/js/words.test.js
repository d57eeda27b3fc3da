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


test('numbers keep their units, dates and clock times stay whole, and they are numbers', () => {
  const text = '2024年規模突破9000億元，企業超過5000家，增長3.5%，第二季於2026年3月12日上午9時45分公布，投入三千萬。';
  const tokens = tokensOf(text);
  const byText = new Map(tokens.map((t) => [text.slice(t.start, t.end), t]));
  for (const word of ['2024年', '9000億元', '5000家', '3.5%', '第二季', '2026年3月12日', '9時45分', '三千萬']) {
    assert.ok(byText.has(word), word);
    assert.equal(byText.get(word).kind, 'number', word);
  }
});

test("the 'standard' word style cuts numbers as the SIGHAN standards do", async () => {
  const standard = await createAnalyzer({ words: 'standard' });
  const text = '超過5000家，2026年3月12日9時45分';
  const pieces = standard.analyze(text).tokens.map((t) => text.slice(t.start, t.end));
  assert.deepEqual(pieces, ['超過', '5000', '家', '，', '2026年', '3月', '12日', '9時', '45分']);
});

test("the 'icu' word style is ICU alone, and unknown styles are refused", async () => {
  const icu = await createAnalyzer({ words: 'icu' });
  const text = '超過5000家';
  assert.deepEqual(icu.analyze(text).tokens.map((t) => text.slice(t.start, t.end)), ['超過', '5000', '家']);
  await assert.rejects(createAnalyzer({ words: 'jieba' }), /precis: options.words must be/);
});

test('URLs and e-mail addresses are whole tokens of their own kinds', () => {
  const text = '詳見https://example.com/news?id=7，或來信press@example.org。';
  const tokens = tokensOf(text);
  const url = tokens.find((t) => t.kind === 'url');
  const email = tokens.find((t) => t.kind === 'email');
  assert.equal(text.slice(url.start, url.end), 'https://example.com/news?id=7');
  assert.equal(text.slice(email.start, email.end), 'press@example.org');
});

test('hyphenated words, versions, acronyms and dash runs stay whole', () => {
  const got = words('State-of-the-art GPT-4o runs 3.12.1 in the U.S. now——really');
  for (const word of ['State-of-the-art', 'GPT-4o', '3.12.1', 'U.S.', '——']) assert.ok(got.includes(word), word);
});

test('C++ and C#, signed numbers, numeric dates and fractions stay whole', () => {
  const got = words('用C++和C#開發，股價+2.1%，2024-01-05起約1/3用戶升級');
  for (const word of ['C++', 'C#', '+2.1%', '2024-01-05', '1/3']) assert.ok(got.includes(word), word);
});

test('a Traditional pair the dictionary lists only in Simplified is one word', () => {
  assert.ok(words('老師把學生分組。').includes('分組'));
  assert.ok(words('老师把学生分组。').includes('分组'));
});

test('a name that recurs in the article becomes one word, in either script', () => {
  const traditional = '記者昨天訪問了邱澤鋒。邱澤鋒表示，公司的新款晶片已經量產，邱澤鋒說明年還會擴大投資。分析師認為，邱澤鋒的判斷相當大膽。';
  assert.ok(words(traditional).includes('邱澤鋒'));
  const simplified = '记者昨天访问了邱泽锋。邱泽锋表示，新款芯片已经量产。邱泽锋说明年还会扩大投资，分析师认为邱泽锋很大胆。';
  assert.ok(words(simplified).includes('邱泽锋'));
  const keys = tokensOf(traditional).filter((t) => traditional.slice(t.start, t.end) === '邱澤鋒').map((t) => t.key);
  assert.deepEqual([...new Set(keys)], ['邱泽锋']);
});

test("the 'standard' word style cuts function words and follows each script's standard", async () => {
  const standard = await createAnalyzer({ words: 'standard' });
  const piecesOf = (text) => standard.analyze(text).tokens
    .filter((t) => t.kind !== 'whitespace').map((t) => text.slice(t.start, t.end));
  // Both scripts: adverb + verb, pronoun + particle apart; lexical words whole.
  const traditional = piecesOf('他們也是學生，這是他的書。這個問題已經有人問過。');
  for (const word of ['也', '是', '他', '的', '這', '個', '已經', '他們']) assert.ok(traditional.includes(word), word);
  assert.ok(!traditional.includes('也是') && !traditional.includes('他的'));
  // Simplified text: the Peking University conventions (这个 and 一个 whole, noun suffixes joined).
  const simplified = piecesOf('这个问题是一个新的问题，旅游业的增长率很高。');
  for (const word of ['这个', '一个', '新', '的', '旅游业', '增长率']) assert.ok(simplified.includes(word), word);
  // The default refined style is unchanged.
  const refined = tokensOf('他們也是學生。');
  assert.ok(refined.some((t) => t.start === 2 && t.end === 4), '也是 stays whole for readers');
});
