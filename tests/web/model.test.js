// The page's reading of an analysis (web/model.js): scores with reasons, summary picks, one
// sorted highlight list across layers, stats; for each shape the package may give them in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel, withSummary } from '../../web/model.js';

const TEXT = 'Maria Chen said, "It opens at 7 p.m." The room has 120 seats.';
const columns = { starts: new Uint32Array(0), ends: new Uint32Array(0), kinds: new Uint8Array(0), kindNames: [] };
const counts = { characters: TEXT.length, words: 12, readingMinutes: 0.05 };

function packed(extra = {}) {
  return {
    paragraphs: [{ start: 0, end: TEXT.length }],
    sentences: [{ start: 0, end: 37, paragraph: 0 }, { start: 38, end: TEXT.length, paragraph: 0 }],
    tokenColumns: columns, pageCounts: counts, ...extra,
  };
}

test('without scores, summary, keyphrases or annotations those parts are null or empty', () => {
  const model = buildModel(TEXT, packed(), 2);
  assert.equal(model.scores, null);
  assert.equal(model.summary, null);
  assert.equal(model.keyphrases, null);
  assert.deepEqual(model.highlights, []);
  assert.equal(model.stats.sentences, 2);
  assert.equal(model.stats.language, null);
  assert.equal(model.stats.characters, TEXT.length);
});

test('scores on the sentences give reasons sorted by weight; picks as objects give ranks and spans', () => {
  const sentences = [
    { start: 0, end: 37, paragraph: 0, score: 0.9, reasons: [{ feature: 'position', contribution: 0.2 }, { feature: 'centrality', contribution: 0.7 }] },
    { start: 38, end: TEXT.length, paragraph: 0, score: 0.1, reasons: [] },
  ];
  const model = buildModel(TEXT, packed({
    sentences,
    summary: { sentences: [{ index: 0, start: 0, end: 37, score: 0.9, rank: 1 }], text: '' },
  }), 2);
  assert.deepEqual(model.scores[0].reasons.map((r) => r.feature), ['centrality', 'position']);
  assert.equal(model.scoreScale(0.9), 1);
  assert.equal(model.scoreScale(0.1), 0);
  assert.deepEqual(model.summary.sentences, [0]);
  assert.deepEqual(model.summary.spans, [{ start: 0, end: 37 }]);
  assert.equal(model.summaryRank.get(0), 1);
  const reselected = withSummary(model, { sentences: [{ index: 1, start: 38, end: TEXT.length, rank: 1 }] });
  assert.deepEqual([...reselected.summaryRank], [[1, 1]]);
});

test('annotation highlights and keyphrase occurrences become one list sorted by start, outer first', () => {
  const quote = { start: 17, end: 36, kind: 'quotation', speaker: { start: 0, end: 10, name: 'Maria Chen' } };
  const model = buildModel(TEXT, packed({
    annotations: [quote],
    highlights: [
      { start: 29, end: 35, layer: 'entity', kind: 'date', score: 1 },
      { start: 17, end: 36, layer: 'quotation', kind: 'quotation', score: 1, info: quote },
      { start: 0, end: 10, layer: 'entity', kind: 'person', score: 1 },
      { start: 0, end: 37, layer: 'sentence', kind: 'key-sentence', score: 1, rank: 1 },
    ],
    keyphrases: [{ text: 'room', score: 1, occurrences: [{ start: 42, end: 46 }], occurrenceCount: 1 }],
    language: { language: 'en', confidence: 0.98 },
    stats: { characters: 60, words: 11, readingSeconds: 3 },
  }), 2);
  assert.deepEqual(model.highlights.map((h) => [h.layer, h.start, h.end]),
    [['person', 0, 10], ['quote', 17, 36], ['date', 29, 35], ['keyphrase', 42, 46]]);
  assert.equal(model.highlights[1].info.speaker.name, 'Maria Chen');
  assert.deepEqual([...model.layers].sort(), ['date', 'keyphrase', 'person', 'quote']);
  assert.equal(model.stats.language, 'en');
  assert.equal(model.stats.script, 'Latn');
  assert.equal(model.stats.characters, 60, "the package's own stats win");
  assert.equal(model.stats.readingMinutes, 0.05);
});

test('a language the package could not tell is no language', () => {
  const model = buildModel(TEXT, packed({ language: { language: 'other', confidence: 0 } }), 1);
  assert.equal(model.stats.language, null);
  assert.equal(model.stats.script, null);
});
