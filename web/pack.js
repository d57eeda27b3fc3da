// What crosses from the worker to the page, bounded whatever the input's size: the package's
// analysis cut to the part of the article the page draws (tokens as transferable columns),
// plus what the panels need of the rest (summary spans, importance-strip bins, totals).

const MAX_STRIP_BINS = 600;

// The page's budget {unit: 'sentences' | 'percent', value} in the package's terms.
export function packageBudget(budget) {
  if (!budget) return undefined;
  if (budget.unit === 'percent') return { ratio: Math.min(1, Math.max(0.01, budget.value / 100)) };
  return { sentences: Math.max(1, Math.round(budget.value)) };
}

const scoreOf = (entry) => (typeof entry === 'number' ? entry : entry?.score ?? 0);

function prefixBefore(spans, limit) {
  let n = 0;
  while (n < spans.length && spans[n].start < limit) n++;
  return n;
}

// Summary picks with their spans, so that the page can show picks beyond what it draws.
export function summaryWithSpans(summary, sentences) {
  if (!summary || !Array.isArray(summary.sentences)) return summary;
  if (summary.sentences.every((pick) => typeof pick !== 'number')) return summary;  // spans included
  return { ...summary, spans: summary.sentences.map((i) => ({ start: sentences[i].start, end: sentences[i].end })) };
}

const pickIndex = (pick) => (typeof pick === 'number' ? pick : pick.index);

// One score per sentence: on the sentences themselves or in a parallel list; else null.
function scoresOf(analysis) {
  const { sentences, sentenceScores } = analysis;
  if (sentences.length && typeof sentences[0].score === 'number') return sentences.map((s) => s.score);
  if (Array.isArray(sentenceScores) && sentenceScores.length === sentences.length) return sentenceScores.map(scoreOf);
  return null;
}

// Every sentence's score along the article, one bin per sentence or, for long articles, the
// best sentence of each of MAX_STRIP_BINS equal stretches of text.
export function stripBins(analysis, textLength, summary) {
  const scores = scoresOf(analysis);
  const { sentences } = analysis;
  if (!scores || !sentences.length) return null;
  const picked = new Set((summary?.sentences ?? []).map(pickIndex));
  const binCount = Math.min(sentences.length, MAX_STRIP_BINS);
  const bins = [];
  sentences.forEach((sentence, index) => {
    const b = binCount === sentences.length ? index : Math.min(binCount - 1, Math.floor((sentence.start / Math.max(1, textLength)) * binCount));
    const score = scores[index];
    let bin = bins[b];
    if (!bin) bin = bins[b] = { start: sentence.start, end: sentence.end, score, sentence: index, key: false };
    bin.end = sentence.end;
    if (score > bin.score) Object.assign(bin, { score, sentence: index });
    if (picked.has(index)) bin.key = true;
  });
  return bins.filter(Boolean);
}

// Cuts each list of spans to those starting before `limit`, one level deep (lists grouped by
// kind in an object included).
function cutSpans(value, limit) {
  if (Array.isArray(value)) {
    return value.length && typeof value[0]?.start === 'number' ? value.filter((x) => x.start < limit) : value;
  }
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? cutSpans(v, limit) : v]));
  }
  return value;
}

export function packAnalysis(analysis, tokenKinds, limit = Infinity) {
  const { text, tokens, sentences, paragraphs, sentenceScores, keyphrases, summary, sentenceVectors, ...rest } = analysis;
  const packed = {};
  for (const [key, value] of Object.entries(rest)) packed[key] = cutSpans(value, limit);
  // Each highlight carries its annotation's details (speaker, value, unit), as the cut would
  // break indices into the annotation list.
  if (Array.isArray(rest.highlights) && Array.isArray(rest.annotations)) {
    packed.highlights = packed.highlights.map((h) => (Number.isInteger(h.annotation) ? { ...h, info: rest.annotations[h.annotation] } : h));
  }
  const keptSentences = prefixBefore(sentences, limit);
  packed.sentences = sentences.slice(0, keptSentences);
  packed.paragraphs = paragraphs.slice(0, prefixBefore(paragraphs, limit));
  packed.sentenceCount = sentences.length;
  packed.paragraphCount = paragraphs.length;
  if (Array.isArray(sentenceScores)) packed.sentenceScores = sentenceScores.slice(0, keptSentences);
  if (Array.isArray(keyphrases)) {
    packed.keyphrases = keyphrases.map((k) => ({
      ...k, occurrences: (k.occurrences ?? []).filter((o) => o.start < limit), occurrenceCount: k.occurrences?.length ?? 0,
    }));
  }
  if (summary) packed.summary = summaryWithSpans(summary, sentences);
  packed.stripBins = stripBins(analysis, text.length, summary);

  const count = prefixBefore(tokens, limit);
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  const kinds = new Uint8Array(count);
  const kindCodes = new Map(tokenKinds.map((kind, index) => [kind, index]));
  for (let i = 0; i < count; i++) {
    starts[i] = tokens[i].start;
    ends[i] = tokens[i].end;
    kinds[i] = kindCodes.get(tokens[i].kind) ?? 255;
  }
  packed.tokenColumns = { starts, ends, kinds, kindNames: [...tokenKinds] };
  return { packed, transfer: [starts.buffer, ends.buffer, kinds.buffer] };
}

// The page's view of tokens: {count, start(i), end(i), kind(i)} over the columns.
export function tokenView(columns) {
  const { starts, ends, kinds, kindNames } = columns;
  return {
    count: starts.length,
    start: (i) => starts[i],
    end: (i) => ends[i],
    kind: (i) => kindNames[kinds[i]] ?? 'other',
  };
}
