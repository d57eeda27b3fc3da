// Expands the core's annotations, highlights, languages and stats (typed arrays) into the
// package's public objects; codes follow core/include/precis/annotation.h.
import { unitsToString } from './utf16.js';

export const ANNOTATION_KINDS = Object.freeze([
  'quantity', 'date', 'quotation', 'person', 'organization', 'place',
]);
export const HIGHLIGHT_LAYERS = Object.freeze(['sentence', 'keyphrase', 'quotation', 'entity']);
export const HIGHLIGHT_KINDS = Object.freeze([
  'quantity', 'date', 'quotation', 'person', 'organization', 'place', 'key-sentence', 'keyphrase',
]);
export const LANGUAGES = Object.freeze(['other', 'zh-Hant', 'zh-Hans', 'en', 'ja']);

const NO_SPEAKER = 0xffffffff;
const round = (x) => Math.round(x * 1000) / 1000;

function expandAnnotations(raw) {
  const annotations = [];
  // The normalized forms come concatenated (UTF-16 units, not one JS value per annotation).
  const normalizedEnds = raw.annotationNormalizedEnds;
  for (let i = 0, k = 0; k < raw.annotations.length; i++, k += 5) {
    const kind = ANNOTATION_KINDS[raw.annotations[k + 2]];
    const annotation = { start: raw.annotations[k], end: raw.annotations[k + 1], kind };
    const normalized = unitsToString(raw.annotationNormalized, i === 0 ? 0 : normalizedEnds[i - 1], normalizedEnds[i]);
    if (kind === 'quantity') {
      annotation.value = raw.annotationValues[i];
      annotation.unit = normalized;
    } else if (kind === 'quotation') {
      annotation.speaker = raw.annotations[k + 3] === NO_SPEAKER
        ? null
        : { start: raw.annotations[k + 3], end: raw.annotations[k + 4], name: normalized };
    } else {
      annotation.normalized = normalized;
    }
    annotations.push(annotation);
  }
  return annotations;
}

function expandHighlights(raw) {
  const highlights = [];
  for (let i = 0, k = 0; k < raw.highlights.length; i++, k += 6) {
    const highlight = {
      start: raw.highlights[k],
      end: raw.highlights[k + 1],
      layer: HIGHLIGHT_LAYERS[raw.highlights[k + 2]],
      kind: HIGHLIGHT_KINDS[raw.highlights[k + 3]],
      score: round(raw.highlightScores[i]),
    };
    if (raw.highlights[k + 4] >= 0) highlight.rank = raw.highlights[k + 4];
    if (raw.highlights[k + 5] >= 0) highlight.annotation = raw.highlights[k + 5];
    highlights.push(highlight);
  }
  return highlights;
}

function expandLanguage(raw, paragraphs) {
  const byParagraph = [];
  for (let i = 0; i < raw.paragraphLanguages.length; i++) {
    byParagraph.push({
      start: paragraphs[i].start,
      end: paragraphs[i].end,
      language: LANGUAGES[raw.paragraphLanguages[i]],
      confidence: round(raw.paragraphLanguageConfidences[i]),
    });
  }
  return { language: LANGUAGES[raw.language], confidence: round(raw.languageConfidence), paragraphs: byParagraph };
}

function expandStats(raw) {
  const [characters, cjkCharacters, words, sentences, paragraphs, readingSeconds, annotated] = raw.stats;
  return { characters, cjkCharacters, words, sentences, paragraphs, readingSeconds, annotated: annotated === 1 };
}

// The annotation part of an analysis, from the raw result of core.analyze().
export function expandAnnotationResults(raw, paragraphs) {
  return {
    annotations: expandAnnotations(raw),
    highlights: expandHighlights(raw),
    language: expandLanguage(raw, paragraphs),
    stats: expandStats(raw),
  };
}
