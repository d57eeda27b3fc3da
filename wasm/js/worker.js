// precis/worker: the analyzer's API, asynchronous, with the analysis running in a Worker (a
// Web Worker in browsers, worker_threads in Node); cancelling a request restarts the worker.
import { resolveAsset } from './assets.js';

export { TOKEN_KINDS } from './kinds.js';

const isNode =
  typeof process === 'object' && process !== null && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined' && typeof self === 'undefined';

// Starts a worker running worker-thread.js and wraps it as {post, terminate, ref, unref}.
// The browser branch keeps the literal `new Worker(new URL(...), {type: 'module'})` form
// that bundlers look for, so that they build and ship the worker script.
async function spawn(options, handlers) {
  if (options.createWorker) {
    return wrapWebWorker(options.createWorker(), handlers);
  }
  if (isNode) {
    const { Worker } = await import(/* @vite-ignore */ 'node:' + 'worker_threads');
    const worker = new Worker(new URL('./worker-thread.js', import.meta.url), { execArgv: workerExecArgv() });
    worker.on('message', handlers.message);
    worker.on('error', (error) => handlers.error(error));
    worker.on('exit', (code) => handlers.exit(code));
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => { worker.terminate(); },
      ref: () => worker.ref(),
      unref: () => worker.unref(),
    };
  }
  return wrapWebWorker(new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module' }), handlers);
}

// Node hands a worker the process's own flags, and refuses those that only make sense for
// a script given on the command line (node --input-type=module -e ...): leave those out.
function workerExecArgv() {
  const kept = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    if (/^(-e|--eval|-p|--print|-pe|--input-type)$/.test(args[i])) i++;  // and its value
    else if (!/^(--eval|--print|--input-type)=/.test(args[i])) kept.push(args[i]);
  }
  return kept;
}

function wrapWebWorker(worker, handlers) {
  worker.onmessage = (event) => handlers.message(event.data);
  worker.onerror = (event) => {
    event.preventDefault?.();
    handlers.error(new Error(event.message || 'the worker script could not be loaded'));
  };
  worker.onmessageerror = () => handlers.error(new Error('a message from the worker could not be read'));
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate(), ref() {}, unref() {} };
}

function abortError(signal) {
  if (signal.reason !== undefined) return signal.reason;
  return new DOMException('The analysis was aborted.', 'AbortError');
}

function toError(described) {
  const error = described.name === 'TypeError' ? new TypeError(described.message) : new Error(described.message);
  return error;
}

// Asset options are resolved here, on the caller's thread, into URLs or bytes: functions
// such as locateFile cannot be sent to a worker, and relative URLs mean the caller's page.
// Every other option is passed on as it is, so options that createAnalyzer learns later
// work here too.
function workerOptions(options) {
  const sent = {};
  for (const [name, value] of Object.entries(options)) {
    if (typeof value !== 'function' && value !== undefined) sent[name] = value;
  }
  for (const kind of ['wasm', 'icuData', 'seaData']) {
    const resolved = resolveAsset(kind, options[kind], options.locateFile);
    sent[kind] = resolved.bytes ?? resolved.url;
  }
  return sent;
}

export async function createWorkerAnalyzer(options = {}) {
  const initOptions = workerOptions(options);
  const pending = new Map();  // id -> {method, text, options, resolve, reject, signal, onAbort}
  let nextId = 1;
  let worker = null;
  let terminated = false;

  function settle(id, outcome) {
    const request = pending.get(id);
    if (!request) return;  // aborted meanwhile
    pending.delete(id);
    request.signal?.removeEventListener('abort', request.onAbort);
    if (pending.size === 0) worker?.handle?.unref();
    if ('analysis' in outcome) request.resolve(outcome.analysis);
    else request.reject(outcome.error);
  }

  function send(target, id, request) {
    try {
      target.handle.post({ type: 'analyze', id, method: request.method, text: request.text, options: request.options });
    } catch (error) {  // options that cannot be cloned
      settle(id, { error: new TypeError(`precis: the analyze() options cannot be sent to the worker: ${error.message}`) });
    }
  }

  function failAll(error) {
    for (const id of [...pending.keys()]) settle(id, { error });
  }

  // Starts a worker; resolves once it has loaded the analyzer, rejects with its load error.
  function start() {
    let readyResolve;
    let readyReject;
    const ready = new Promise((resolve, reject) => { readyResolve = resolve; readyReject = reject; });
    const current = { handle: null, ready, listening: false };
    const handlers = {
      message(message) {
        if (worker !== current) return;
        if (message.type === 'listening') {
          current.listening = true;
          current.handle.post({ type: 'init', options: initOptions });
          for (const [id, request] of pending) send(current, id, request);
        } else if (message.type === 'ready') {
          if (pending.size === 0) current.handle.unref();  // an idle worker keeps Node running
          readyResolve();
        } else if (message.type === 'failed') {
          const error = toError(message.error);
          readyReject(error);
          failAll(error);
        } else if (message.type === 'result') {
          settle(message.id, message.error ? { error: toError(message.error) } : { analysis: message.analysis });
        }
      },
      error(error) {
        if (worker !== current) return;
        const wrapped = new Error(`precis: the analysis worker failed: ${error.message ?? error}`);
        readyReject(wrapped);
        failAll(wrapped);
      },
      exit(code) {
        if (worker !== current || terminated) return;
        handlers.error(new Error(`it exited with code ${code}`));
      },
    };
    worker = current;
    ready.catch(() => {});
    return spawn(options, handlers).then((handle) => {
      current.handle = handle;
      return ready;
    });
  }

  function restart() {
    const old = worker;
    worker = null;
    old?.handle?.terminate();
    start().catch(() => {});  // failures reach the requests that are pending then
  }

  await start().catch((error) => {
    worker?.handle?.terminate();
    throw error;
  });

  // One request to the worker: `method` of the analyzer on `text`, cancellable by `signal`.
  function request(method, text, signal, options) {
    if (terminated) return Promise.reject(new Error('precis: this worker analyzer was terminated'));
    if (typeof text !== 'string') {
      return Promise.reject(new TypeError(`precis: ${method}() expects a string, got ${text === null ? 'null' : typeof text}`));
    }
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const entry = { method, text, options, resolve, reject, signal, onAbort: null };
      if (signal) {
        // The wasm call cannot be interrupted, so cancelling stops the whole worker and
        // starts a fresh one, which takes over the other requests still waiting.
        entry.onAbort = () => {
          if (!pending.has(id)) return;
          pending.delete(id);
          reject(abortError(signal));
          restart();
        };
        signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      pending.set(id, entry);
      worker.handle?.ref();
      if (worker.listening) send(worker, id, entry);
    });
  }

  return {
    // options: the analyzer's own analyze() options, passed on, plus `signal`.
    analyze(text, { signal, ...options } = {}) {
      return request('analyze', text, signal, options);
    },
    // The light paths of the analyzer, in the worker; tokenSpans()'s arrays are transferred.
    tokenize(text, { signal } = {}) {
      return request('tokenize', text, signal);
    },
    tokenSpans(text, { signal } = {}) {
      return request('tokenSpans', text, signal);
    },
    sentences(text, { signal } = {}) {
      return request('sentences', text, signal);
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      worker?.handle?.terminate();
      failAll(new Error('precis: this worker analyzer was terminated'));
    },
  };
}
