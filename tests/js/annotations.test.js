// Annotations, highlights, language and stats through the built package, on the three
// articles of our own writing (tests/fixtures/annotate) and the seed article when present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createAnalyzer } from '../../dist/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const analyzer = await createAnalyzer();
const fixture = (name) => readFileSync(join(root, 'tests/fixtures/annotate', name), 'utf8');

function find(text, analysis, kind, slice) {
  return analysis.annotations.find((a) => a.kind === kind && text.slice(a.start, a.end) === slice);
}

function assertItems(text, analysis, items) {
  for (const [kind, slice] of items) assert.ok(find(text, analysis, kind, slice), `${kind} ${slice}`);
}

function assertWellFormed(text, analysis) {
  let entityEnd = 0;
  for (const a of analysis.annotations) {
    assert.ok(a.start < a.end && a.end <= text.length);
    if (a.kind !== 'quotation') {
      assert.ok(a.start >= entityEnd, `entities never overlap: ${text.slice(a.start, a.end)}`);
      entityEnd = a.end;
    }
  }
  const lastEnd = {};
  for (const h of analysis.highlights) {
    assert.ok(h.start >= (lastEnd[h.layer] ?? 0), `no overlap within the ${h.layer} layer`);
    lastEnd[h.layer] = h.end;
    assert.ok(h.score >= 0 && h.score <= 1);
    if (h.annotation !== undefined) {
      const a = analysis.annotations[h.annotation];
      assert.equal(a.start, h.start);
      assert.equal(a.kind, h.kind);
    }
  }
}

function assertFooterUnmarked(text, analysis, footerStart) {
  const footer = text.indexOf(footerStart);
  assert.ok(footer > 0);
  for (const a of analysis.annotations.filter((x) => x.start >= footer)) {
    assert.ok(!['person', 'quantity', 'quotation'].includes(a.kind), `footer: ${text.slice(a.start, a.end)}`);
  }
  // Nothing in the footer is summarized, not even when the summary may take every sentence.
  for (const summary of [analysis.summary, analysis.summarize({ ratio: 1 })]) {
    assert.ok(summary.sentences.length > 0);
    for (const pick of summary.sentences) {
      const sentence = analysis.sentences[pick.index];
      assert.ok(sentence.end <= footer, `summarized from the footer: ${text.slice(sentence.start, sentence.end)}`);
    }
  }
  const keySentences = analysis.highlights.filter((h) => h.layer === 'sentence');
  assert.ok(keySentences.length > 0 && keySentences.every((h) => h.end <= footer), 'no key-sentence highlight in the footer');
}

test('a Traditional Chinese article: every item, values, speakers, language', () => {
  const text = fixture('zh-hant_news.txt');
  const analysis = analyzer.analyze(text);
  assertWellFormed(text, analysis);
  assertItems(text, analysis, [
    ['person', '魏哲家'], ['person', '林佳慧'], ['organization', '台積電'], ['organization', '經濟部'],
    ['place', '高雄'], ['place', '台北市'], ['place', '新竹縣'], ['quantity', '新台幣50億元'], ['quantity', '400家'],
    ['quantity', '三千萬人次'], ['quantity', '14.5%'], ['date', '2026年3月12日'], ['date', '2028年第二季'],
    ['date', '去年'],
  ]);
  const money = find(text, analysis, 'quantity', '新台幣50億元');
  assert.equal(money.value, 5e9);
  assert.equal(money.unit, 'TWD');
  assert.equal(find(text, analysis, 'date', '2028年第二季').normalized, '2028-Q2');
  const quote = find(text, analysis, 'quotation', '「高雄新廠將在2026年3月12日正式量產。」');
  assert.equal(text.slice(quote.speaker.start, quote.speaker.end), '魏哲家');
  assert.equal(quote.speaker.name, '魏哲家');
  assertFooterUnmarked(text, analysis, '本文版權所有');
  assert.equal(analysis.language.language, 'zh-Hant');
  assert.equal(analysis.language.paragraphs.length, analysis.paragraphs.length);
});

test('a Simplified Chinese article: every item, values, speakers, language', () => {
  const text = fixture('zh-hans_news.txt');
  const analysis = analyzer.analyze(text);
  assertWellFormed(text, analysis);
  assertItems(text, analysis, [
    ['person', '张建国'], ['person', '王丽华'], ['organization', '星河汽车集团'], ['organization', '国家统计局'],
    ['place', '东南亚'], ['place', '新加坡'], ['place', '深圳市'], ['place', '杭州市'], ['quantity', '9000亿元'],
    ['quantity', '1.25万元'], ['quantity', '30%'], ['quantity', '500名'], ['date', '2025年11月5日'],
    ['date', '2027年第三季度'],
  ]);
  assert.equal(find(text, analysis, 'quantity', '1.25万元').value, 12500);
  assert.equal(find(text, analysis, 'date', '2025年11月5日').normalized, '2025-11-05');
  const quote = analysis.annotations.find((a) => a.kind === 'quotation');
  assert.equal(quote.speaker?.name, '张建国');
  assertFooterUnmarked(text, analysis, '免责声明');
  assert.equal(analysis.language.language, 'zh-Hans');
});

test('an English article: every item, values, speakers, language, stats', () => {
  const text = fixture('en_news.txt');
  const analysis = analyzer.analyze(text);
  assertWellFormed(text, analysis);
  assertItems(text, analysis, [
    ['person', 'Maria Lopez'], ['person', 'Lopez'], ['organization', 'Brightline Energy Inc.'],
    ['organization', 'Federal Energy Regulatory Administration'], ['organization', 'Harbor Capital'],
    ['place', 'Arizona'], ['place', 'Phoenix'], ['place', 'Texas'], ['place', 'California'],
    ['quantity', '400-megawatt'], ['quantity', '$1.2 billion'], ['quantity', '14.5%'], ['quantity', '200,000 homes'],
    ['date', 'Tuesday'], ['date', 'March 4'], ['date', 'mid-2027'], ['date', '2024'], ['date', 'September 2026'],
  ]);
  assert.equal(find(text, analysis, 'quantity', '$1.2 billion').value, 1.2e9);
  assert.equal(find(text, analysis, 'date', 'mid-2027').normalized, '2027-mid');
  assert.equal(find(text, analysis, 'quotation', '"We are thrilled,"').speaker.name, 'Lopez');
  assert.equal(find(text, analysis, 'quotation', '"This project will power 200,000 homes by mid-2027,"').speaker.name,
    'Maria Lopez');
  assertFooterUnmarked(text, analysis, 'Copyright 2026');
  assert.equal(analysis.language.language, 'en');
  assert.equal(analysis.stats.paragraphs, analysis.paragraphs.length);
  assert.equal(analysis.stats.sentences, analysis.sentences.length);
  assert.equal(analysis.stats.cjkCharacters, 0);
  assert.ok(analysis.stats.readingSeconds > 0);
});

test('mixed text gets a language per paragraph', () => {
  const text = '這是一個繁體中文的段落，說明語言偵測。\n这是一个简体中文的段落，说明语言检测。\nThis paragraph is English.\nこれは日本語の文章です。\n12345';
  const { language } = analyzer.analyze(text);
  assert.deepEqual(language.paragraphs.map((p) => p.language), ['zh-Hant', 'zh-Hans', 'en', 'ja', 'other']);
  assert.deepEqual(language.paragraphs.map((p) => text.slice(p.start, p.end).slice(0, 2)), ['這是', '这是', 'Th', 'これ', '12']);
});

test('the seed article: people, organizations, quantities, dates and the opening speaker', (t) => {
  const dir = process.env.PRECIS_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
  const path = join(dir, 'articles', 'seed_zh-hant_ai-race.txt');
  if (!existsSync(path)) {
    t.skip(`${path} is absent: skipping the seed article`);
    return;
  }
  const text = readFileSync(path, 'utf8');
  const analysis = analyzer.analyze(text);
  assertWellFormed(text, analysis);
  assertItems(text, analysis, [
    ['person', '黃仁勛'], ['organization', '英偉達'], ['quantity', '9000億元'], ['quantity', '5000家'],
    ['quantity', '400家'], ['date', '11月5日'], ['date', '2024年'],
  ]);
  const opening = analysis.annotations.find((a) => a.kind === 'quotation');
  assert.equal(text.slice(opening.start, opening.end), '“中國將贏得人工智能競賽”');
  assert.equal(opening.speaker?.name, '黃仁勛');
});

test('the CLI prints annotations, highlights, language and stats', async () => {
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'analyze', join(root, 'tests/fixtures/annotate/en_news.txt')],
    { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const json = JSON.parse(run.stdout);
  const lopez = json.annotations.find((a) => a.text === '"We are thrilled,"');
  assert.equal(lopez.speaker.text, 'Lopez');
  assert.ok(json.highlights.some((h) => h.layer === 'entity' && h.text === '$1.2 billion'));
  assert.equal(json.language.language, 'en');
  assert.equal(typeof json.stats.readingSeconds, 'number');
});
