// The tools measured side by side, per task. Each entry's load() returns a function of the
// text that does the whole job and consumes its result (so lazy results are not free).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// The benchmark's 10 MB inputs exceed the default input limit (a safety limit, not a speed one).
async function loadPrecis(options = {}) {
  const { createAnalyzer } = await import('../../dist/index.js');
  return createAnalyzer({ maxInputLength: 64 << 20, ...options });
}

function sumSpans(spans) {
  let total = 0;
  for (const span of spans) total += span.end - span.start;
  return total;
}

function sumTypedSpans({ length, starts, ends }) {
  let total = 0;
  for (let i = 0; i < length; i++) total += ends[i] - starts[i];
  return total;
}

function sumLengths(strings) {
  let total = 0;
  for (const s of strings) total += s.length;
  return total;
}

function countSegments(segmenter, text) {
  let total = 0;
  for (const segment of segmenter.segment(text)) total += segment.segment.length;
  return total;
}

function perLine(fn) {
  return (text) => {
    let total = 0;
    for (const line of text.split('\n')) total += fn(line);
    return total;
  };
}

// name: shown in tables; guarded: may be super-linear, so its runs are stopped at a budget.
export const PEERS = {
  words: [
    // tokenize(): the words alone, as jieba's cut() (the full analysis has its own table).
    { name: 'precis', async load() { const a = await loadPrecis(); return (t) => sumSpans(a.tokenize(t)); } },
    // tokenSpans(): the same words as typed arrays (no keys, no object per token).
    { name: 'precis tokenSpans()', async load() { const a = await loadPrecis(); return (t) => sumTypedSpans(a.tokenSpans(t)); } },
    {
      name: 'precis (ICU words only)',
      async load() { const a = await loadPrecis({ words: 'icu' }); return (t) => sumSpans(a.tokenize(t)); },
    },
    { name: 'jieba-wasm', async load() { const { cut } = require('jieba-wasm'); return (t) => sumLengths(cut(t, true)); } },
    {
      name: '@node-rs/jieba',
      async load() {
        const { Jieba } = require('@node-rs/jieba');
        const { dict } = require('@node-rs/jieba/dict');
        const jieba = Jieba.withDict(dict);
        return (t) => sumLengths(jieba.cut(t, true));
      },
    },
    {
      name: 'Intl.Segmenter per line',
      async load() { const s = new Intl.Segmenter('zh', { granularity: 'word' }); return perLine((line) => countSegments(s, line)); },
    },
    {
      name: 'Intl.Segmenter whole text',
      guarded: true,
      async load() { const s = new Intl.Segmenter('zh', { granularity: 'word' }); return (t) => countSegments(s, t); },
    },
  ],
  sentences: [
    // sentences(): the sentences alone, as sbd's (the full analysis has its own table).
    { name: 'precis', async load() { const a = await loadPrecis(); return (t) => sumSpans(a.sentences(t)); } },
    { name: 'sbd', guarded: true, async load() { const sbd = require('sbd'); return (t) => sumLengths(sbd.sentences(t, { newline_boundaries: true })); } },
    {
      name: 'Intl.Segmenter per line',
      async load() { const s = new Intl.Segmenter('en', { granularity: 'sentence' }); return perLine((line) => countSegments(s, line)); },
    },
    {
      name: 'Intl.Segmenter whole text',
      guarded: true,
      async load() { const s = new Intl.Segmenter('en', { granularity: 'sentence' }); return (t) => countSegments(s, t); },
    },
  ],
  summary: [
    {
      name: 'precis',
      async load() {
        const a = await loadPrecis();
        // Until the summary stage lands, the full analysis stands in (see the report's note).
        return (t) => { const r = a.analyze(t); return r.summary ? sumSpans(r.summary.sentences ?? r.summary) : r.tokens.length; };
      },
    },
    {
      name: 'lexrank',
      guarded: true,
      async load() {
        const lexrank = require('lexrank');
        return (t) => new Promise((resolve, reject) => {
          lexrank.summarize(t, 3, (error, lines) => (error ? reject(error) : resolve(lines.length)));
        });
      },
    },
    {
      name: 'node-summarizer (frequency)',
      guarded: true,
      async load() {
        const { SummarizerManager } = require('node-summarizer');
        return (t) => new SummarizerManager(t, 3).getSummaryByFrequency().summary.length;
      },
    },
    {
      name: 'node-summarizer (TextRank)',
      guarded: true,
      async load() {
        const { SummarizerManager } = require('node-summarizer');
        return async (t) => (await new SummarizerManager(t, 3).getSummaryByRank()).summary.length;
      },
    },
  ],
  analysis: [
    { name: 'precis', async load() { const a = await loadPrecis(); return (t) => { const r = a.analyze(t); return r.tokens.length + r.sentences.length; }; } },
  ],
};

export function findPeer(task, name) {
  const peer = PEERS[task].find((p) => p.name === name);
  if (!peer) throw new Error(`bench: no peer ${name} for ${task}`);
  return peer;
}
