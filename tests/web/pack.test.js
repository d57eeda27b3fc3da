// What the page's worker sends (web/pack.js): bounded by the drawn limit, tokens as columns,
// summary picks with spans, the importance strip binned; checked on real analyses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, TOKEN_KINDS } from '../../dist/index.js';
import { packAnalysis, packageBudget, stripBins, summaryWithSpans, tokenView } from '../../web/pack.js';

const analyzer = await createAnalyzer();
const ARTICLE = [
  '河港鎮圖書館開設夜間閱讀室',
  '河港鎮公共圖書館於三月四日宣布，新的夜間閱讀室將在每個平日晚上開放。館長陳美玲說：「學生告訴我們，晚飯後沒有安靜的地方讀書。」',
  'The room has 120 seats and 40 desks. Volunteers from Riverside College will staff the desk on Fridays.',
].join('\n');

test('the page budget becomes the package budget', () => {
  assert.deepEqual(packageBudget({ unit: 'sentences', value: 4 }), { sentences: 4 });
  assert.deepEqual(packageBudget({ unit: 'percent', value: 20 }), { ratio: 0.2 });
  assert.deepEqual(packageBudget({ unit: 'percent', value: 0 }), { ratio: 0.01 });
  assert.equal(packageBudget(undefined), undefined);
});

test('without a limit everything is sent, tokens as columns that match the token objects', () => {
  const analysis = analyzer.analyze(ARTICLE);
  const { packed, transfer } = packAnalysis(analysis, TOKEN_KINDS);
  assert.equal(packed.text, undefined, 'the page has the text already');
  assert.equal(packed.tokens, undefined);
  assert.deepEqual(packed.sentences, analysis.sentences);
  assert.equal(packed.sentenceCount, analysis.sentences.length);
  const tokens = tokenView(packed.tokenColumns);
  assert.equal(tokens.count, analysis.tokens.length);
  analysis.tokens.forEach((token, i) => {
    assert.deepEqual([tokens.start(i), tokens.end(i), tokens.kind(i)], [token.start, token.end, token.kind]);
  });
  assert.equal(transfer.length, 3);
});

test('a limit keeps the spans that start before it and the totals of all', () => {
  const text = `${ARTICLE}\n`.repeat(50);
  const analysis = analyzer.analyze(text);
  const limit = 1000;
  const { packed } = packAnalysis(analysis, TOKEN_KINDS, limit);
  assert.ok(packed.sentences.length < analysis.sentences.length);
  assert.ok(packed.sentences.every((s) => s.start < limit));
  assert.equal(packed.sentences.length, analysis.sentences.filter((s) => s.start < limit).length);
  assert.ok(packed.paragraphs.every((p) => p.start < limit));
  assert.equal(packed.sentenceCount, analysis.sentences.length);
  assert.equal(packed.paragraphCount, analysis.paragraphs.length);
  const tokens = tokenView(packed.tokenColumns);
  assert.ok(tokens.count > 0 && tokens.start(tokens.count - 1) < limit && tokens.end(tokens.count - 1) >= limit - 1);
  for (const keyphrase of packed.keyphrases ?? []) {
    assert.ok(keyphrase.occurrences.every((o) => o.start < limit));
    assert.ok(keyphrase.occurrenceCount >= keyphrase.occurrences.length);
  }
  for (const highlight of packed.highlights ?? []) assert.ok(highlight.start < limit);
});

test('summary picks given as indices get their spans', () => {
  const sentences = [{ start: 0, end: 5 }, { start: 6, end: 12 }, { start: 13, end: 20 }];
  const summary = summaryWithSpans({ sentences: [0, 2], ranks: [1, 2] }, sentences);
  assert.deepEqual(summary.spans, [{ start: 0, end: 5 }, { start: 13, end: 20 }]);
  const objects = { sentences: [{ index: 1, start: 6, end: 12, rank: 1 }] };
  assert.equal(summaryWithSpans(objects, sentences), objects, 'objects already carry their spans');
});

test('the importance strip has one bin per sentence, or bins of text for long articles', () => {
  const few = Array.from({ length: 5 }, (_, i) => ({ start: i * 10, end: i * 10 + 9, score: i / 10 }));
  const bins = stripBins({ sentences: few }, 50, { sentences: [{ index: 3 }] });
  assert.equal(bins.length, 5);
  assert.deepEqual(bins.map((b) => b.sentence), [0, 1, 2, 3, 4]);
  assert.deepEqual(bins.map((b) => b.key), [false, false, false, true, false]);

  const many = Array.from({ length: 3000 }, (_, i) => ({ start: i * 10, end: i * 10 + 9, score: i === 1234 ? 9 : 1 }));
  const binned = stripBins({ sentences: many }, 30000, { sentences: [1234] });
  assert.ok(binned.length <= 600);
  const best = binned.find((b) => b.sentence === 1234);
  assert.ok(best && best.key && best.score === 9 && best.start <= 12340 && best.end >= 12349);
  for (let i = 1; i < binned.length; i++) assert.ok(binned[i].start >= binned[i - 1].end, 'bins in order, apart');

  assert.equal(stripBins({ sentences: [{ start: 0, end: 3 }] }, 3), null, 'no scores, no strip');
});
