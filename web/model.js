// Turns the package's analysis (as the worker packed it) into what the panels draw: sentence
// scores with reasons, the summary, keyphrases and one sorted list of highlights per layer.
// Fields the package does not provide stay null, and their panels say so.
import { tokenView } from './pack.js';

// Highlight layers in drawing order (outer first when two spans are equal).
export const CHARTED_KEYPHRASES = 15;
const SHADED_KEYPHRASES = 8;

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

// Scores come on each sentence ({score, reasons: [{feature, contribution}], eligible,
// boilerplate}) or as a parallel list; either way one entry per sentence, or null.
function sentenceScores(packed) {
  const { sentences } = packed;
  let list = null;
  if (sentences.length && typeof sentences[0].score === 'number') list = sentences;
  else if (Array.isArray(packed.sentenceScores) && packed.sentenceScores.length === sentences.length) list = packed.sentenceScores;
  if (!list) return null;
  return list.map((entry) => {
    const score = typeof entry === 'number' ? entry : entry.score;
    let reasons = [];
    if (Array.isArray(entry?.reasons)) {
      reasons = entry.reasons.map((r) => ({ feature: r.feature, value: r.contribution ?? r.value ?? 0 }));
    } else if (entry?.contributions && typeof entry.contributions === 'object') {
      reasons = Object.entries(entry.contributions).map(([feature, value]) => ({ feature, value }));
    }
    reasons = reasons.filter((r) => Math.abs(r.value) > 1e-6).sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
    return { score, reasons, eligible: entry?.eligible !== false, boilerplate: entry?.boilerplate === true };
  });
}

// Summary picks come as sentence indices or as {index, start, end, rank} objects.
function summaryOf(packed) {
  const summary = packed.summary;
  if (!summary || !Array.isArray(summary.sentences)) return null;
  const picks = summary.sentences;
  const indexOf = (pick) => (typeof pick === 'number' ? pick : pick.index);
  return {
    sentences: picks.map(indexOf),
    ranks: picks.map((pick, i) => (typeof pick === 'number' ? summary.ranks?.[i] ?? i + 1 : pick.rank ?? i + 1)),
    spans: picks.map((pick, i) => (typeof pick === 'number' ? summary.spans?.[i] : { start: pick.start, end: pick.end })),
  };
}

function keyphrasesOf(packed) {
  if (!Array.isArray(packed.keyphrases)) return null;
  return packed.keyphrases.map((k) => ({
    text: k.text, score: k.score, occurrences: k.occurrences ?? [], count: k.occurrenceCount ?? k.occurrences?.length ?? 0,
  }));
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
    for (const item of packed.highlights) add(item.kind ?? item.layer ?? item.type, { ...item.info, ...item });
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
  // The charted keyphrases are marked in the article (so a click can show them all); the
  // best few are shaded by default.
  keyphrases?.slice(0, CHARTED_KEYPHRASES).forEach((keyphrase, index) => {
    for (const span of keyphrase.occurrences) {
      list.push({ layer: 'keyphrase', start: span.start, end: span.end, info: { keyphrase: index, top: index < SHADED_KEYPHRASES } });
    }
  });
  const order = new Map(HIGHLIGHT_LAYERS.map((layer, i) => [layer, i]));
  list.sort((a, b) => a.start - b.start || b.end - a.end || order.get(a.layer) - order.get(b.layer));
  list.forEach((h, id) => { h.id = id; });
  return list;
}

// The writing system that a detected language implies (ISO 15924).
const SCRIPT_OF_LANGUAGE = { 'zh-Hant': 'Hant', 'zh-Hans': 'Hans', en: 'Latn', ja: 'Jpan', ko: 'Kore' };

// The package's own stats win where it has them; the worker's counts fill in the rest.
function statsOf(packed, ms) {
  const given = packed.stats ?? {};
  const counts = packed.pageCounts;
  const language = packed.language ?? given.language ?? null;
  let tag = typeof language === 'string' ? language : language?.tag ?? language?.language ?? null;
  if (tag === 'other' || tag === 'und') tag = null;
  return {
    language: tag,
    script: given.script ?? (typeof language === 'object' ? language?.script : null) ?? SCRIPT_OF_LANGUAGE[tag] ?? null,
    characters: given.characters ?? counts.characters,
    words: given.words ?? counts.words,
    sentences: packed.sentenceCount ?? packed.sentences.length,
    paragraphs: packed.paragraphCount ?? packed.paragraphs.length,
    readingMinutes: given.readingMinutes ?? (given.readingSeconds !== undefined ? given.readingSeconds / 60 : counts.readingMinutes),
    ms,
  };
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
    stripBins: packed.stripBins ?? null,
    sentenceCount: packed.sentenceCount ?? packed.sentences.length,
    keyphrases,
    highlights,
    layers: new Set(highlights.map((h) => h.layer)),
    stats: statsOf(packed, ms),
    raw: packed,
  });
}

// Replaces the summary (and the strip's picks) after a re-selection.
export function withSummary(model, summary, stripBins) {
  return withRanks({ ...model, summary: summaryOf({ summary }), stripBins: stripBins ?? model.stripBins });
}
