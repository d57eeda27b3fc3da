// Keyphrases, sentence scores with reasons, the summary and its re-selection, through the
// built package; our own articles in Traditional Chinese, Simplified Chinese and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, SENTENCE_FEATURES } from '../../dist/index.js';

const analyzer = await createAnalyzer();
const fixture = (name) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const ARTICLES = {
  'harbor-ferry.zh-Hant.txt': { subjects: ['渡輪', '電池渡輪', '林文華'], top: 10 },
  'river-cleanup.zh-Hans.txt': { subjects: ['青河', '赵明远', '生态修复'], top: 10 },
  'solar-library.en.txt': { subjects: ['library', 'solar', 'Okafor'], top: 6 },
};
// Lines that must never be in a summary: headings, image lines, ads, calls and notices.
const UNWANTED = /^(#|!\[|\[图片\]|圖片來源|Photo:)|港口渡輪全面改用|電池與充電|乘客的看法|青河治理十年|治理的代价|Town Library Runs|How the project|What readers think|版[权權]|Copyright|免[责責]|Subscribe|Follow us|扫码|歡迎加入|广告/;

for (const [name, { subjects, top }] of Object.entries(ARTICLES)) {
  test(`${name}: the summary holds no heading, image line, ad or notice`, () => {
    const text = fixture(name);
    const analysis = analyzer.analyze(text);
    assert.equal(analysis.summary.sentences.length, 3);
    for (const s of analysis.summary.sentences) {
      const sentence = text.slice(s.start, s.end);
      assert.doesNotMatch(sentence, UNWANTED);
      assert.equal(analysis.sentences[s.index].eligible, true);
      assert.equal(s.score, analysis.sentences[s.index].score);
    }
  });

  test(`${name}: the top keyphrases are subject terms, not numbers or function words`, () => {
    const text = fixture(name);
    const { keyphrases } = analyzer.analyze(text);
    const shown = keyphrases.slice(0, top).map((k) => k.text);
    for (const subject of subjects) assert.ok(shown.includes(subject), `${subject} in ${shown.join(', ')}`);
    for (const k of keyphrases) {
      assert.doesNotMatch(k.text, /[0-9０-９]/);
      assert.ok(!['的', '了', 'the', 'and', 'Tuesday', '明年'].includes(k.text));
      assert.ok(k.score > 0 && k.score <= 1);
      for (const o of k.occurrences) assert.ok(o.end > o.start && o.end <= text.length);
    }
  });
}

test('every sentence has a score that is the sum of its reasons', () => {
  const text = fixture('solar-library.en.txt');
  const analysis = analyzer.analyze(text);
  for (const s of analysis.sentences) {
    const sum = s.reasons.reduce((total, r) => total + r.contribution, 0);
    assert.ok(Math.abs(sum - s.score) < 1e-4);
    for (const r of s.reasons) assert.ok(SENTENCE_FEATURES.includes(r.feature));
  }
  const footer = analysis.sentences.find((s) => text.slice(s.start, s.end).startsWith('Subscribe'));
  assert.equal(footer.boilerplate, true);
  assert.ok(footer.reasons.some((r) => r.feature === 'boilerplate' && r.contribution < 0));
});

test('summary sentences come in original order with ranks, and the text joins them', () => {
  const text = fixture('river-cleanup.zh-Hans.txt');
  const { summary } = analyzer.analyze(text);
  const indices = summary.sentences.map((s) => s.index);
  assert.deepEqual(indices, [...indices].sort((a, b) => a - b));
  assert.deepEqual(summary.sentences.map((s) => s.rank).sort(), [1, 2, 3]);
  assert.equal(summary.text, summary.sentences.map((s) => text.slice(s.start, s.end)).join(''));
});

test('analyze takes a budget; summarize() re-selects without analyzing again', () => {
  const text = fixture('harbor-ferry.zh-Hant.txt');
  const analysis = analyzer.analyze(text, { summary: { sentences: 2 } });
  assert.equal(analysis.summary.sentences.length, 2);
  const one = analysis.summarize({ sentences: 1 });
  assert.equal(one.sentences.length, 1);
  assert.equal(one.sentences[0].rank, 1);
  const eligible = analysis.sentences.filter((s) => s.eligible).length;
  assert.equal(analysis.summarize({ ratio: 1 }).sentences.length, eligible);
  const short = analysis.summarize({ characters: 60 });
  const length = short.sentences.reduce((n, s) => n + s.end - s.start, 0);
  assert.ok(short.sentences.length >= 1 && length <= 60);
  // The same budget gives the same summary either way.
  assert.deepEqual(analysis.summarize({ sentences: 2 }), analysis.summary);
});

test('bad budgets throw clear errors and the analyzer keeps working', () => {
  const text = fixture('solar-library.en.txt');
  assert.throws(() => analyzer.analyze(text, { summary: { sentences: 0 } }), /precis: summary sentences/);
  assert.throws(() => analyzer.analyze(text, { summary: { ratio: 2 } }), /precis: summary ratio/);
  assert.throws(() => analyzer.analyze(text, { summary: { sentences: 1, ratio: 0.5 } }), /exactly one/);
  assert.throws(() => analyzer.analyze(text, { maxKeyphrases: -1 }), /maxKeyphrases/);
  const analysis = analyzer.analyze(text, { maxKeyphrases: 3 });
  assert.equal(analysis.keyphrases.length, 3);
  assert.throws(() => analysis.summarize('three'), /budget/);
});

test('empty and boilerplate-only texts give empty summaries', () => {
  assert.deepEqual(analyzer.analyze('').summary, { sentences: [], text: '' });
  const notice = analyzer.analyze('Copyright © 2024 Example. All rights reserved.');
  assert.equal(notice.summary.sentences.length, 0);
});

const seed = process.env.PRECIS_EVAL_DIR
  ? `${process.env.PRECIS_EVAL_DIR}/articles/seed_zh-hant_ai-race.txt`
  : fileURLToPath(new URL('../../../shared/eval/articles/seed_zh-hant_ai-race.txt', import.meta.url));
test('seed article: subject keyphrases, a summary without headings, images, ads or notices',
  { skip: existsSync(seed) ? false : `no ${seed} (the shared evaluation data is absent)` }, () => {
    const text = readFileSync(seed, 'utf8');
    const analysis = analyzer.analyze(text);
    const top = analysis.keyphrases.slice(0, 20).map((k) => k.text);
    for (const subject of ['黃仁勛', '中國', 'AI', '能源', '成本', '監管', '開源']) {
      assert.ok(top.includes(subject), `${subject} in ${top.join(', ')}`);
    }
    for (const k of analysis.keyphrases) assert.doesNotMatch(k.text, /^[0-9]/);
    for (const s of analysis.summary.sentences) {
      const sentence = text.slice(s.start, s.end);
      assert.doesNotMatch(sentence, /!\[|^0\d |特別聲明|Notice|進群|AI眼鏡/);
      assert.ok(sentence.length > 15);
    }
  });
