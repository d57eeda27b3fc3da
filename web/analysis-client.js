// The page's side of the worker protocol: numbers every request, drops replies that newer
// input has superseded, and cancels by terminating the worker and starting a fresh one.

import { scriptUrl } from './trusted-urls.js';

// A text that is still being analyzed after this long is abandoned (worker restarted) when a
// newer text arrives: restarting costs less than waiting for a stale result.
const RESTART_STALE_AFTER_MS = 1500;

export function createAnalysisClient(handlers) {
  let worker = null;
  let seq = 0;
  let textSeq = 0;     // the newest text sent
  let budgetSeq = 0;   // the newest budget sent (with a text or alone)
  let shownSeq = 0;    // the analysis the page shows
  let pending = null;  // { seq, chars, since } while a text is being analyzed
  let canReselect = false;
  const exports = new Map();

  function start() {
    canReselect = false;
    worker = new Worker(scriptUrl(new URL('./worker.js', import.meta.url)), { type: 'module' });
    worker.onmessage = (event) => receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      handlers.failed(event.message || 'the worker could not start');
    };
  }

  function restart() {
    worker.terminate();
    for (const { reject } of exports.values()) reject(new Error('the analyzer was restarted'));
    exports.clear();
    shownSeq = 0;  // the new worker holds no analysis to re-select or export
    handlers.restarting();
    start();
  }

  function receive(message) {
    switch (message.type) {
      case 'ready':
        handlers.ready(message.resources ?? []);
        break;
      case 'failed':
        handlers.failed(message.error);
        break;
      case 'analysis':
        if (message.seq !== textSeq) return;  // superseded by newer input
        pending = null;
        shownSeq = message.seq;
        canReselect = message.reselect === true;
        handlers.analysis(message, { summaryFollows: message.budgetSeq !== budgetSeq });
        break;
      case 'summary':
        if (message.seq !== shownSeq || message.budgetSeq !== budgetSeq) return;
        handlers.summary(message);
        break;
      case 'export': {
        const waiting = exports.get(message.seq);
        exports.delete(message.seq);
        waiting?.resolve(message.json);
        break;
      }
      case 'error': {
        const waiting = exports.get(message.seq);
        if (waiting) {
          exports.delete(message.seq);
          waiting.reject(new Error(message.error));
        } else if (message.seq === textSeq || message.seq === budgetSeq) {
          pending = null;
          handlers.error(message.error);
        }
        if (message.fatal) {  // this worker's analyzer is spent: a fresh one for the next text
          worker.terminate();
          shownSeq = 0;
          start();
        }
        break;
      }
      default:
        break;
    }
  }

  start();
  return {
    // limit: the analysis sent back covers spans starting before it (what the page draws).
    analyze(text, budget, limit = Infinity) {
      if (pending && performance.now() - pending.since > RESTART_STALE_AFTER_MS) restart();
      seq += 1;
      textSeq = seq;
      budgetSeq = seq;
      pending = { seq, chars: text.length, since: performance.now() };
      worker.postMessage({ type: 'analyze', seq, text, budget, limit });
      handlers.busy(pending);
    },
    // Re-selects the summary of the shown analysis; false when the package cannot.
    summarize(budget) {
      if (!canReselect || !shownSeq || pending) return false;
      seq += 1;
      budgetSeq = seq;
      worker.postMessage({ type: 'summarize', seq, budget });
      return true;
    },
    exportJson() {
      if (!shownSeq) return Promise.reject(new Error('nothing analyzed yet'));
      return new Promise((resolve, reject) => {
        exports.set(shownSeq, { resolve, reject });
        worker.postMessage({ type: 'export', seq: shownSeq });
      });
    },
    busy: () => pending,
    cancel() {
      if (!pending) return;
      pending = null;
      textSeq = ++seq;  // whatever the old worker would have said is stale now
      restart();
      handlers.cancelled();
    },
  };
}
