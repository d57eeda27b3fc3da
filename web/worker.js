// Runs the precis package off the main thread so that typing never waits for analysis.
// Protocol in docs/ARCHITECTURE.md ("The page"); queued requests collapse to the newest text.
import { createAnalyzer, TOKEN_KINDS } from './dist/index.js';
import { countText } from './counts.js';
import { packAnalysis, packageBudget, stripBins, summaryWithSpans } from './pack.js';

const ready = createAnalyzer();
let current = null;  // { seq, analysis }: the last analysis, kept for re-selection and export
let queue = [];
let draining = false;

// The package re-selects a summary without analyzing again through analysis.summarize().
const canReselect = (analysis) => typeof analysis?.summarize === 'function';

function analyze(analyzer, message, budgetMessage) {
  const started = performance.now();
  const options = { summary: packageBudget(budgetMessage.budget) };
  const analysis = analyzer.analyze(message.text, options);
  current = { seq: message.seq, analysis, summary: analysis.summary };
  const ms = performance.now() - started;
  const { packed, transfer } = packAnalysis(analysis, TOKEN_KINDS, message.limit ?? Infinity);
  packed.pageCounts = countText(message.text, analysis.tokens);
  self.postMessage({
    type: 'analysis', seq: message.seq, budgetSeq: budgetMessage.seq, ms, analysis: packed, reselect: canReselect(analysis),
  }, transfer);
}

function reselect(message) {
  if (!current || !canReselect(current.analysis)) return;
  const started = performance.now();
  const { analysis } = current;
  const summary = analysis.summarize(packageBudget(message.budget));
  current.summary = summary;
  self.postMessage({
    type: 'summary', seq: current.seq, budgetSeq: message.seq, ms: performance.now() - started,
    summary: summaryWithSpans(summary, analysis.sentences), stripBins: stripBins(analysis, analysis.text.length, summary),
  });
}

function exportJson(message) {
  if (!current || current.seq !== message.seq) {
    self.postMessage({ type: 'error', seq: message.seq, error: 'the analysis to export is no longer current' });
    return;
  }
  const { sentenceVectors, ...rest } = current.analysis;  // internal ranking state, not a result
  self.postMessage({ type: 'export', seq: message.seq, json: JSON.stringify({ ...rest, summary: current.summary }, null, 2) });
}

// Handles what has queued up: only the newest text is analyzed, with the newest budget.
async function drain() {
  draining = false;
  const batch = queue;
  queue = [];
  let analyzer;
  try {
    analyzer = await ready;
  } catch {
    return;  // 'failed' was already reported
  }
  let lastText = -1;
  batch.forEach((message, index) => { if (message.type === 'analyze') lastText = index; });
  const budgets = batch.filter((message, index) => message.type !== 'export' && index >= lastText);
  const budget = budgets[budgets.length - 1];
  try {
    if (lastText >= 0) {
      await analyzer.prepare?.(batch[lastText].text);  // loads the Thai/Lao/Khmer/Burmese dictionaries when needed
      analyze(analyzer, batch[lastText], budget);
    }
    else if (budget) reselect(budget);
  } catch (error) {
    const seq = lastText >= 0 ? batch[lastText].seq : budget.seq;
    const text = String(error?.message ?? error);
    // After a failure inside the wasm module (out of memory) the package refuses further
    // work from this analyzer: the page then starts a fresh worker.
    const fatal = /create a new one with createAnalyzer/.test(text);
    if (fatal) current = null;
    self.postMessage({ type: 'error', seq, error: text, fatal });
  }
  for (const message of batch) if (message.type === 'export') exportJson(message);
}

self.onmessage = (event) => {
  queue.push(event.data);
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
};

ready.then(
  (analyzer) => self.postMessage({
    type: 'ready',
    resources: performance.getEntriesByType('resource').map((entry) => entry.name),  // for offline use
  }),
  (error) => self.postMessage({ type: 'failed', error: String(error?.message ?? error) }),
);
