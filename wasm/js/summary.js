// Keyphrases, sentence scores with their reasons, and summaries: expands what the core
// returned and re-selects a summary under another budget without analyzing again.

import { unitsToString } from './utf16.js';

// Sentence features by their numeric code in the wasm ABI (SentenceFeature in analysis.h).
export const SENTENCE_FEATURES = Object.freeze([
  'centrality', 'position', 'keyphrases', 'heading', 'image', 'boilerplate', 'question', 'length',
]);

// Validates a budget ({sentences} | {ratio} | {characters}) into the three numbers the core
// takes (0 = unused); undefined means the default of three sentences.
export function budgetArguments(budget) {
  if (budget === undefined || budget === null) return [3, 0, 0];
  if (typeof budget !== 'object') {
    throw new TypeError('precis: a summary budget is an object such as {sentences: 3}, {ratio: 0.2} or {characters: 200}');
  }
  const keys = ['sentences', 'ratio', 'characters'].filter((key) => budget[key] !== undefined);
  if (keys.length !== 1) {
    throw new TypeError('precis: a summary budget gives exactly one of sentences, ratio or characters');
  }
  const [key] = keys;
  const value = budget[key];
  const valid = typeof value === 'number' && Number.isFinite(value) &&
    (key === 'ratio' ? value > 0 && value <= 1 : Number.isInteger(value) && value >= 1);
  if (!valid) {
    throw new RangeError(key === 'ratio'
      ? `precis: summary ratio must be a number in (0, 1], got ${value}`
      : `precis: summary ${key} must be a positive integer, got ${value}`);
  }
  return [key === 'sentences' ? value : 0, key === 'ratio' ? value : 0, key === 'characters' ? value : 0];
}

// From flat arrays: texts concatenated as UTF-16 units (keyphraseTextEnds), scores, and occurrence pairs
// (keyphraseOccurrenceEnds counts pairs).
export function expandKeyphrases(raw) {
  const keyphrases = [];
  const spans = raw.keyphraseOccurrences;
  for (let k = 0, textStart = 0, pair = 0; k < raw.keyphraseScores.length; k++) {
    const occurrences = [];
    for (; pair < raw.keyphraseOccurrenceEnds[k]; pair++) {
      occurrences.push({ start: spans[2 * pair], end: spans[2 * pair + 1] });
    }
    const text = unitsToString(raw.keyphraseTexts, textStart, raw.keyphraseTextEnds[k]);
    textStart = raw.keyphraseTextEnds[k];
    keyphrases.push({ text, score: raw.keyphraseScores[k], occurrences });
  }
  return keyphrases;
}

// The sentences of an analysis: span, paragraph, score, reasons, boilerplate and eligible,
// each object made whole at once (one shape, no properties added afterwards).
export function expandScoredSentences(raw) {
  const count = SENTENCE_FEATURES.length;
  const bounds = raw.sentences;
  const scores = raw.sentenceScores;
  const contributions = raw.sentenceContributions;
  const flags = raw.sentenceFlags;
  const sentences = [];
  for (let i = 0; 3 * i < bounds.length; i++) {
    const reasons = [];
    for (let f = 0; f < count; f++) {
      const contribution = contributions[i * count + f];
      if (contribution !== 0) reasons.push({ feature: SENTENCE_FEATURES[f], contribution });
    }
    if (reasons.length > 1) reasons.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
    sentences.push({
      start: bounds[3 * i], end: bounds[3 * i + 1], paragraph: bounds[3 * i + 2],
      score: scores[i], reasons, boilerplate: (flags[i] & 1) !== 0, eligible: (flags[i] & 2) !== 0,
    });
  }
  return sentences;
}

export function expandSummary(sentences, raw) {
  const chosen = [];
  for (let i = 0; i < raw.summarySentences.length; i++) {
    const index = raw.summarySentences[i];
    const { start, end, score } = sentences[index];
    chosen.push({ index, start, end, score, rank: raw.summaryRanks[i] });
  }
  return { sentences: chosen, text: raw.summaryText };
}
