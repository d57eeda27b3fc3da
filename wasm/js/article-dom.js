// Builds the DOM of <precis-article> from an analysis: paragraphs, sentences (key ones
// marked), highlights and the summary, from text nodes only (the text is never parsed).

// A part name may only hold letters, digits, '-' and '_'; kinds come from the analysis.
function partToken(value) {
  return String(value).toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}

function spanOf(item, analysis) {
  if (typeof item === 'number') return analysis.sentences[item] ? { index: item } : null;
  if (item === null || typeof item !== 'object') return null;
  for (const key of ['index', 'sentence']) {
    if (Number.isInteger(item[key]) && analysis.sentences[item[key]]) return { index: item[key], item };
  }
  if (Number.isInteger(item.start)) {
    const index = analysis.sentences.findIndex((s) => s.start === item.start);
    if (index >= 0) return { index, item };
  }
  return null;
}

// The summary's sentences as indices into analysis.sentences, in the summary's order.
// Accepts the summary as a list (of indices or of sentence objects) or as {sentences}.
export function summarySentences(analysis) {
  const summary = analysis?.summary;
  const list = Array.isArray(summary) ? summary : Array.isArray(summary?.sentences) ? summary.sentences : [];
  return list.map((item) => spanOf(item, analysis)).filter(Boolean);
}

// Key sentences come as highlights of the 'sentence' layer (kind 'key-sentence'): they mark
// whole sentences, so the element shows them on the sentence rather than as a <mark>.
const isSentenceHighlight = (h) => h.layer === 'sentence' || h.kind === 'key-sentence';

// Highlights: analysis.highlights, or analysis.annotations when there is no highlight list;
// each a span with a kind (or type) and maybe a layer. Invalid spans are skipped.
function validHighlights(analysis) {
  const list = Array.isArray(analysis?.highlights) ? analysis.highlights
    : Array.isArray(analysis?.annotations) ? analysis.annotations : [];
  const length = analysis.text.length;
  return list.filter((h) => h && Number.isInteger(h.start) && Number.isInteger(h.end) &&
    h.start >= 0 && h.start < h.end && h.end <= length);
}

export function highlightsOf(analysis) {
  return validHighlights(analysis).filter((h) => !isSentenceHighlight(h));
}

// Key sentences: sentence index -> rank, from the summary and from sentence highlights.
function keySentences(analysis) {
  const key = new Map(summarySentences(analysis).map((s, i) => [s.index, s.item?.rank ?? i]));
  const byStart = new Map(analysis.sentences.map((s, i) => [s.start, i]));
  for (const h of validHighlights(analysis)) {
    const index = isSentenceHighlight(h) ? byStart.get(h.start) : undefined;
    if (index !== undefined && !key.has(index)) key.set(index, h.rank ?? key.size);
  }
  return key;
}

// Cuts [0, length) at every highlight boundary; each piece lists the highlights covering it.
function highlightPieces(highlights) {
  const points = [...new Set(highlights.flatMap((h) => [h.start, h.end]))].sort((a, b) => a - b);
  const byStart = [...highlights].sort((a, b) => a.start - b.start);
  const pieces = [];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    active = active.filter((h) => h.end > from);
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    const covering = active.filter((h) => h.start <= from && h.end >= to);
    if (covering.length) pieces.push({ start: from, end: to, highlights: covering });
  }
  return pieces;
}

function markFor(doc, piece, text, from, to) {
  const mark = doc.createElement('mark');
  const parts = new Set(['highlight']);
  const kinds = [];
  for (const h of piece.highlights) {
    for (const name of [h.kind ?? h.type, h.layer]) {
      const token = name === undefined ? '' : partToken(name);
      if (token) { parts.add(`highlight-${token}`); kinds.push(token); }
    }
  }
  mark.setAttribute('part', [...parts].join(' '));
  if (kinds.length) mark.dataset.kind = [...new Set(kinds)].join(' ');
  mark.append(doc.createTextNode(text.slice(from, to)));
  return mark;
}

// Appends text[from, to) with its highlight pieces; cursor walks the pieces in order.
function appendRange(doc, parent, text, pieces, cursor, from, to) {
  let position = from;
  while (cursor.index < pieces.length && pieces[cursor.index].end <= from) cursor.index++;
  for (let i = cursor.index; i < pieces.length && pieces[i].start < to; i++) {
    const start = Math.max(pieces[i].start, from);
    const end = Math.min(pieces[i].end, to);
    if (start > position) parent.append(doc.createTextNode(text.slice(position, start)));
    parent.append(markFor(doc, pieces[i], text, start, end));
    position = end;
  }
  if (position < to) parent.append(doc.createTextNode(text.slice(position, to)));
}

// Returns {summary, article}: the summary section (null when there is none) and the article.
export function buildArticle(doc, analysis, { summaryLabel = 'Summary' } = {}) {
  const { text, paragraphs = [], sentences = [] } = analysis;
  const key = keySentences(analysis);
  const summarized = new Set(summarySentences(analysis).map((s) => s.index));
  const pieces = highlightPieces(highlightsOf(analysis));
  const cursor = { index: 0 };

  const article = doc.createElement('div');
  article.setAttribute('part', 'article');
  let s = 0;
  paragraphs.forEach((paragraph, p) => {
    const block = doc.createElement('p');
    block.setAttribute('part', 'paragraph');
    let position = paragraph.start;
    for (; s < sentences.length && sentences[s].paragraph === p; s++) {
      const sentence = sentences[s];
      if (sentence.start > position) appendRange(doc, block, text, pieces, cursor, position, sentence.start);
      const span = doc.createElement('span');
      span.setAttribute('part', key.has(s) ? 'sentence key-sentence' : 'sentence');
      span.dataset.index = String(s);
      if (key.has(s)) span.dataset.rank = String(key.get(s));
      appendRange(doc, span, text, pieces, cursor, sentence.start, sentence.end);
      block.append(span);
      position = sentence.end;
    }
    if (position < paragraph.end) appendRange(doc, block, text, pieces, cursor, position, paragraph.end);
    article.append(block);
  });

  let summary = null;
  if (summarized.size) {
    summary = doc.createElement('section');
    summary.setAttribute('part', 'summary');
    const heading = doc.createElement('h2');
    heading.setAttribute('part', 'summary-heading');
    heading.append(doc.createTextNode(summaryLabel));
    const list = doc.createElement('ol');
    list.setAttribute('part', 'summary-list');
    // In the order of the text, which reads better than the order of the scores.
    for (const index of [...summarized].sort((a, b) => a - b)) {
      const item = doc.createElement('li');
      item.setAttribute('part', 'summary-sentence');
      item.dataset.index = String(index);
      item.append(doc.createTextNode(text.slice(sentences[index].start, sentences[index].end)));
      list.append(item);
    }
    summary.append(heading, list);
  }
  return { summary, article };
}
