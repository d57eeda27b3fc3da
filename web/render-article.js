// Draws the article with its layers: paragraphs, sentences (shaded by score), highlights
// nested as <mark>s, words as spans (only while that layer is on). Text nodes only; built in
// slices so typing stays smooth.
import { el, yieldToBrowser } from './dom.js';

const SLICE_MS = 5;
// Paragraphs go in groups that the browser skips while off screen (content-visibility): one
// group per dozen paragraphs keeps that bookkeeping small too.
const CHUNK_PARAGRAPHS = 12;

// Appends text[from, to) wrapping each non-space token in a span (tokens are a column view).
// Without the word layer the text goes in as one text node: far fewer nodes to build and lay out.
function appendTokens(parent, from, to, ctx) {
  const { text, tokens, cursor } = ctx;
  if (!ctx.words) {
    parent.append(text.slice(from, to));
    return;
  }
  let position = from;
  while (cursor.index < tokens.count && tokens.end(cursor.index) <= from) cursor.index++;
  for (; cursor.index < tokens.count && tokens.start(cursor.index) < to; cursor.index++) {
    const i = cursor.index;
    const start = Math.max(tokens.start(i), from);
    const end = Math.min(tokens.end(i), to);
    if (start > position) parent.append(text.slice(position, start));
    const kind = tokens.kind(i);
    if (kind === 'whitespace') {
      parent.append(text.slice(start, end));
    } else {
      const span = document.createElement('span');
      span.className = `w k-${kind}`;
      span.append(text.slice(start, end));
      parent.append(span);
    }
    position = end;
    if (tokens.end(i) > to) break;
  }
  if (position < to) parent.append(text.slice(position, to));
}

function insertSorted(list, item, from) {
  let i = from;
  while (i < list.length && (list[i].start < item.start || (list[i].start === item.start && list[i].end >= item.end))) i++;
  list.splice(i, 0, item);
}

// Highlights clipped to one sentence become a properly nested tree; a highlight that crosses
// the end of an enclosing one is split in two pieces that share its id.
function nest(ranges) {
  const root = { start: -1, end: Infinity, children: [] };
  const stack = [root];
  const work = ranges.slice();
  for (let i = 0; i < work.length; i++) {
    const range = work[i];
    while (stack.length > 1 && stack[stack.length - 1].end <= range.start) stack.pop();
    const parent = stack[stack.length - 1];
    let node = { ...range, children: [] };
    if (range.end > parent.end) {
      node = { ...range, end: parent.end, children: [] };
      insertSorted(work, { ...range, start: parent.end, continued: true }, i + 1);
    }
    parent.children.push(node);
    stack.push(node);
  }
  return root.children;
}

function emit(parent, from, to, nodes, ctx) {
  let position = from;
  for (const node of nodes) {
    if (node.start > position) appendTokens(parent, position, node.start, ctx);
    const h = node.highlight;
    const mark = el('mark', {
      class: h.info?.top ? `hl hl-${h.layer} top` : `hl hl-${h.layer}`,
      'data-h': h.id,
      'data-kp': h.info?.keyphrase,
      'data-continued': node.continued ? '1' : undefined,
      tabindex: node.continued || !ctx.visible(h.layer) ? '-1' : '0',
    });
    emit(mark, node.start, node.end, node.children, ctx);
    parent.append(mark);
    position = node.end;
  }
  if (position < to) appendTokens(parent, position, to, ctx);
}

function sentenceElement(model, index) {
  const span = el('span', { class: 'sentence', id: `s-${index}`, 'data-s': index, tabindex: '-1' });
  const score = model.scores?.[index];
  if (score) span.style.setProperty('--score', String(model.scoreScale(score.score)));
  const rank = model.summaryRank.get(index);
  if (rank) {
    span.classList.add('key');
    span.dataset.rank = String(rank);
  }
  return span;
}

// Renders into a detached container and swaps it in when complete; returns the sentence
// elements by index, or null if isStale() turned true meanwhile.
export async function renderArticle(container, model, { limit = Infinity, isStale, visible }) {
  const { text, paragraphs, sentences, highlights } = model;
  const ctx = { text, tokens: model.tokens, cursor: { index: 0 }, visible, words: visible('words') };
  const next = document.createDocumentFragment();
  const sentenceElements = new Array(sentences.length);
  let open = [];  // highlights that may overlap the current sentence
  let h = 0;
  let s = 0;
  let sliceStart = performance.now();
  let chunk = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    if (paragraph.start >= limit) break;
    const block = el('p', { 'data-p': p });
    let position = paragraph.start;
    for (; s < sentences.length && sentences[s].paragraph === p; s++) {
      const sentence = sentences[s];
      if (sentence.start > position) appendTokens(block, position, sentence.start, ctx);
      while (h < highlights.length && highlights[h].start < sentence.end) open.push(highlights[h++]);
      open = open.filter((x) => x.end > sentence.start);
      const ranges = open
        .filter((x) => x.start < sentence.end)
        .map((x) => ({ start: Math.max(x.start, sentence.start), end: Math.min(x.end, sentence.end), highlight: x, continued: x.start < sentence.start }))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      const span = sentenceElement(model, s);
      emit(span, sentence.start, sentence.end, nest(ranges), ctx);
      sentenceElements[s] = span;
      block.append(span);
      position = sentence.end;
    }
    if (position < paragraph.end) appendTokens(block, position, paragraph.end, ctx);
    if (p % CHUNK_PARAGRAPHS === 0) next.append(chunk = el('div', { class: 'chunk' }));
    chunk.append(block);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToBrowser();
      if (isStale()) return null;
      sliceStart = performance.now();
    }
  }
  container.replaceChildren(next);
  return sentenceElements;
}
