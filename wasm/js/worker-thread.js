// The code that runs inside the analysis worker (a Web Worker, or a Node worker_threads
// Worker): loads the analyzer once, then answers {id, method, text} with the structured-cloned
// result of that analyzer method (analyze by default).
import { createAnalyzer } from './index.js';

// No top-level await here: bundlers build workers as classic scripts by default (Vite's
// worker.format is 'iife'), and those cannot hold one.
const isNode =
  typeof process === 'object' && process !== null && typeof process.versions?.node === 'string' &&
  typeof self === 'undefined';

function describe(error) {
  return { name: error?.name ?? 'Error', message: String(error?.message ?? error) };
}

let ready = null;
// The analyzer's methods a request may name (see worker.js).
const METHODS = new Set(['analyze', 'tokenize', 'tokenSpans', 'sentences']);

async function handle(message, post) {
  if (message.type === 'init') {
    ready = createAnalyzer(message.options);
    ready.then(() => post({ type: 'ready' }), (error) => post({ type: 'failed', error: describe(error) }));
    return;
  }
  if (message.type !== 'analyze') return;
  const { id, text, options } = message;
  const method = METHODS.has(message.method) ? message.method : 'analyze';
  try {
    const analyzer = await ready;
    await analyzer.prepare(text);  // the Southeast Asian dictionaries, if this text needs them
    const result = method === 'analyze' ? analyzer.analyze(text, options) : analyzer[method](text);
    // The typed arrays of tokenSpans() own their buffers: hand them over instead of copying.
    const transfer = method === 'tokenSpans' ? [result.starts.buffer, result.ends.buffer, result.kinds.buffer] : [];
    post({ type: 'result', id, analysis: result }, transfer);
  } catch (error) {
    post({ type: 'result', id, error: describe(error) });
  }
}

// The caller sends nothing before it hears 'listening', so no message can arrive unheard.
if (isNode) {
  import(/* @vite-ignore */ 'node:' + 'worker_threads').then(({ parentPort }) => {
    const post = (message, transfer = []) => parentPort.postMessage(message, transfer);
    parentPort.on('message', (message) => handle(message, post));
    post({ type: 'listening' });
  });
} else {
  const post = (message, transfer = []) => self.postMessage(message, transfer);
  self.onmessage = (event) => handle(event.data, post);
  post({ type: 'listening' });
}
