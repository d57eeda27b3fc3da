// The code that runs inside the analysis worker (a Web Worker, or a Node worker_threads
// Worker): loads the analyzer once, then answers {id, text} with a structured-cloned analysis.
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

async function handle(message, post) {
  if (message.type === 'init') {
    ready = createAnalyzer(message.options);
    ready.then(() => post({ type: 'ready' }), (error) => post({ type: 'failed', error: describe(error) }));
    return;
  }
  if (message.type !== 'analyze') return;
  const { id, text, options } = message;
  try {
    const analyzer = await ready;
    await analyzer.prepare(text);  // the Southeast Asian dictionaries, if this text needs them
    post({ type: 'result', id, analysis: analyzer.analyze(text, options) });
  } catch (error) {
    post({ type: 'result', id, error: describe(error) });
  }
}

// The caller sends nothing before it hears 'listening', so no message can arrive unheard.
if (isNode) {
  import(/* @vite-ignore */ 'node:' + 'worker_threads').then(({ parentPort }) => {
    const post = (message) => parentPort.postMessage(message);
    parentPort.on('message', (message) => handle(message, post));
    post({ type: 'listening' });
  });
} else {
  const post = (message) => self.postMessage(message);
  self.onmessage = (event) => handle(event.data, post);
  post({ type: 'listening' });
}
