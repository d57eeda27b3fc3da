// Runs the precis package off the main thread so that typing never waits for analysis.
// Protocol in worker-protocol.md; queued requests collapse so only the newest text is analyzed.
import { createAnalyzer, TOKEN_KINDS } from './dist/index.js';
import { packAnalysis, packageBudget } from './pack.js';

const ready = createAnalyzer();
let current = null;  // { seq, analysis }: the last analysis, kept for re-selection and export
let queue = [];
let draining = false;

function reselectFunction(analyzer) {
  // precis's analyses re-select themselves (analysis.summarize(budget), from kept scores).
  if (typeof analyzer.analyze === 'function') return (analysis, budget) => analysis.summarize(budget);
  if (typeof analyzer.summarize === 'function') return (analysis, budget) => analyzer.summarize(analysis, budget);
  if (typeof analyzer.selectSummary === 'function') return (analysis, budget) => analyzer.selectSummary(analysis, budget);
  return null;
}

function analyze(analyzer, message, budgetMessage) {
  const started = performance.now();
  const options = { summary: packageBudget(budgetMessage.budget) };
  const analysis = analyzer.analyze(message.text, options);
  current = { seq: message.seq, analysis };
  const ms = performance.now() - started;
  const { packed, transfer } = packAnalysis(analysis, TOKEN_KINDS);
  self.postMessage({ type: 'analysis', seq: message.seq, budgetSeq: budgetMessage.seq, ms, analysis: packed }, transfer);
}

function reselect(analyzer, message) {
  const select = reselectFunction(analyzer);
  if (!current || !select) return;
  const started = performance.now();
  const summary = select(current.analysis, packageBudget(message.budget));
  // Assigned, not spread: the analysis keeps its (non-enumerable) summarize().
  current.analysis.summary = summary;
  self.postMessage({ type: 'summary', seq: current.seq, budgetSeq: message.seq, ms: performance.now() - started, summary });
}

function exportJson(message) {
  if (!current || current.seq !== message.seq) {
    self.postMessage({ type: 'error', seq: message.seq, error: 'the analysis to export is no longer current' });
    return;
  }
  const { sentenceVectors, ...rest } = current.analysis;  // internal ranking state, not a result
  self.postMessage({ type: 'export', seq: message.seq, json: JSON.stringify(rest, null, 2) });
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
    if (lastText >= 0) analyze(analyzer, batch[lastText], budget);
    else if (budget) reselect(analyzer, budget);
  } catch (error) {
    const seq = lastText >= 0 ? batch[lastText].seq : budget.seq;
    self.postMessage({ type: 'error', seq, error: String(error?.message ?? error) });
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
    reselect: reselectFunction(analyzer) !== null,
    resources: performance.getEntriesByType('resource').map((entry) => entry.name),  // for offline use
  }),
  (error) => self.postMessage({ type: 'failed', error: String(error?.message ?? error) }),
);
