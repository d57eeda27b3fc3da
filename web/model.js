// Turns the package's analysis (as the worker packed it) into what the panels draw: sentence
// scores with reasons, the summary, keyphrases and one sorted list of highlights per layer.
// Fields the package does not provide stay null, and their panels say so.
import { tokenView } from './pack.js';

// Highlight layers in drawing order (outer first when two spans are equal).
export const HIGHLIGHT_LAYERS = ['quote', 'keyphrase', 'person', 'org', 'place', 'date', 'quantity'];

const LAYER_OF_KIND = {
  quote: 'quote', quotation: 'quote',
  keyphrase: 'keyphrase', term: 'keyphrase',
  person: 'person', people: 'person', name: 'person',
  org: 'org', organization: 'org', organisation: 'org',
  place: 'place', location: 'place', gpe: 'place',
  date: 'date', time: 'date', datetime: 'date',
  quantity: 'quantity', number: 'quantity', money: 'quantity', percent: 'quantity', measure: 'quantity',
};

const WORD_KINDS = new Set(['word', 'number', 'ideographic', 'kana', 'other']);

function sentenceScores(packed) {
  // precis puts each sentence's score and reasons ({feature, contribution}) on the sentence.
  if (!packed.sentenceScores && typeof packed.sentences?.[0]?.score === 'number') {
    return packed.sentences.map((s) => ({
      score: s.score,
      reasons: (s.reasons ?? []).map((r) => ({ feature: r.feature, value: r.contribution })),
      eligible: s.eligible !== false,
      boilerplate: s.boilerplate === true,
    }));
  }
  const list = packed.sentenceScores;
  if (!Array.isArray(list) || list.length !== packed.sentences.length) return null;
  return list.map((entry) => {
    const score = typeof entry === 'number' ? entry : entry.score;
    const contributions = entry?.contributions && typeof entry.contributions === 'object' ? entry.contributions : {};
    const reasons = Object.entries(contributions)
      .filter(([, value]) => Math.abs(value) > 1e-6)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .map(([feature, value]) => ({ feature, value }));
    return { score, reasons, eligible: entry?.eligible !== false, boilerplate: entry?.boilerplate === true };
  });
}

function summaryOf(packed) {
  const summary = packed.summary;
  if (!summary || !Array.isArray(summary.sentences)) return null;
  // precis lists the chosen sentences as {index, rank, ...} objects.
  if (typeof summary.sentences[0] === 'object') {
    return { sentences: summary.sentences.map((s) => s.index), ranks: summary.sentences.map((s) => s.rank) };
  }
  return { sentences: [...summary.sentences], ranks: summary.ranks ? [...summary.ranks] : summary.sentences.map((_, i) => i + 1) };
}

function keyphrasesOf(packed) {
  if (!Array.isArray(packed.keyphrases)) return null;
  return packed.keyphrases.map((k) => ({ text: k.text, score: k.score, occurrences: k.occurrences ?? [] }));
}

// Annotations arrive either as one highlight list ({start, end, kind, ...}) or grouped by
// kind ({people: [...], dates: [...]}); both become {layer, start, end, info}.
function annotationHighlights(packed) {
  const out = [];
  const add = (kind, item) => {
    const layer = LAYER_OF_KIND[String(kind).toLowerCase()];
    if (!layer || layer === 'keyphrase' || !(item.end > item.start)) return;
    out.push({ layer, start: item.start, end: item.end, info: item });
  };
  if (Array.isArray(packed.highlights)) {
    for (const item of packed.highlights) add(item.kind ?? item.layer ?? item.type, item);
  } else if (packed.annotations && typeof packed.annotations === 'object') {
    for (const [group, items] of Object.entries(packed.annotations)) {
      if (!Array.isArray(items)) continue;
      const kind = group.replace(/s$/, '').replace(/^peopl$/, 'people').replace(/^quantitie$/, 'quantity');
      for (const item of items) add(item.kind ?? kind, item);
    }
  }
  return out;
}

function highlightsOf(packed, keyphrases) {
  const list = annotationHighlights(packed);
  keyphrases?.forEach((keyphrase, index) => {
    for (const span of keyphrase.occurrences) {
      list.push({ layer: 'keyphrase', start: span.start, end: span.end, info: { keyphrase: index } });
    }
  });
  const order = new Map(HIGHLIGHT_LAYERS.map((layer, i) => [layer, i]));
  list.sort((a, b) => a.start - b.start || b.end - a.end || order.get(a.layer) - order.get(b.layer));
  list.forEach((h, id) => { h.id = id; });
  return list;
}

function countCodePoints(text) {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) count--;
  }
  return count;
}

// Counts from the segmentation; the package's own stats win where it has them.
function statsOf(text, packed, tokens, ms) {
  const given = packed.stats ?? {};
  let words = 0;
  let cjkCharacters = 0;
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind(i);
    if (!WORD_KINDS.has(kind)) continue;
    words++;
    if (kind === 'ideographic' || kind === 'kana') cjkCharacters += tokens.end(i) - tokens.start(i);
  }
  const otherWords = words - countCjkWords(tokens);
  // About 400 CJK characters or 230 other words a minute, for a rough reading time.
  const readingMinutes = given.readingMinutes ?? (cjkCharacters / 400 + otherWords / 230);
  const language = packed.language ?? given.language ?? null;
  return {
    language: typeof language === 'string' ? language : language?.tag ?? language?.language ?? null,
    script: given.script ?? (typeof language === 'object' ? language?.script : null) ?? null,
    characters: given.characters ?? countCodePoints(text),
    words: given.words ?? words,
    sentences: packed.sentences.length,
    paragraphs: packed.paragraphs.length,
    readingMinutes,
    ms,
  };
}

function countCjkWords(tokens) {
  let n = 0;
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind(i);
    if (kind === 'ideographic' || kind === 'kana') n++;
  }
  return n;
}

// Maps scores onto 0..1 for shading: the best sentence is 1, the worst 0.
function scoreScaleOf(scores) {
  if (!scores?.length) return () => 0;
  let low = Infinity;
  let high = -Infinity;
  for (const { score } of scores) {
    low = Math.min(low, score);
    high = Math.max(high, score);
  }
  return high > low ? (score) => (score - low) / (high - low) : () => 1;
}

function withRanks(model) {
  const summaryRank = new Map();
  model.summary?.sentences.forEach((index, i) => summaryRank.set(index, model.summary.ranks[i]));
  return { ...model, summaryRank };
}

export function buildModel(text, packed, ms) {
  const tokens = tokenView(packed.tokenColumns);
  const keyphrases = keyphrasesOf(packed);
  const highlights = highlightsOf(packed, keyphrases);
  const scores = sentenceScores(packed);
  return withRanks({
    scoreScale: scoreScaleOf(scores),
    text,
    paragraphs: packed.paragraphs,
    sentences: packed.sentences,
    tokens,
    scores,
    summary: summaryOf(packed),
    keyphrases,
    highlights,
    layers: new Set(highlights.map((h) => h.layer)),
    stats: statsOf(text, packed, tokens, ms),
    raw: packed,
  });
}

// Replaces the summary after a re-selection.
export function withSummary(model, summary) {
  return withRanks({ ...model, summary: summaryOf({ summary }) });
}
