// precis/worker in Node (worker_threads): the same analyses as the synchronous analyzer,
// structured-cloned; cancellation restarts the worker; load errors name their URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../../dist/index.js';
import { createWorkerAnalyzer } from '../../dist/worker.js';

const dist = new URL('../../dist/', import.meta.url);
const TEXT = '黃仁勛說：「我們準備好了。」Shares rose 3.5%.\n\nภาษาไทยเป็นภาษาที่สวยงาม 😀';

test('the worker returns what the synchronous analyzer returns', async () => {
  const worker = await createWorkerAnalyzer();
  const local = await createAnalyzer({ dictionaries: 'all' });
  try {
    assert.deepEqual(await worker.analyze(TEXT), local.analyze(TEXT));
    const results = await Promise.all(['一。', 'Two. Three.', ''].map((text) => worker.analyze(text)));
    assert.deepEqual(results.map((r) => r.sentences.length), [1, 2, 0]);
  } finally {
    worker.terminate();
  }
});

test('the light paths run in the worker and give what the synchronous analyzer gives', async () => {
  const worker = await createWorkerAnalyzer();
  const local = await createAnalyzer({ dictionaries: 'all' });
  try {
    assert.deepEqual(await worker.tokenize(TEXT), local.tokenize(TEXT));
    assert.deepEqual(await worker.sentences(TEXT), local.sentences(TEXT));
    const spans = await worker.tokenSpans(TEXT);
    const expected = local.tokenSpans(TEXT);
    assert.ok(spans.starts instanceof Uint32Array && spans.kinds instanceof Uint8Array);
    assert.equal(spans.length, expected.length);
    assert.deepEqual([spans.starts, spans.ends, spans.kinds], [expected.starts, expected.ends, expected.kinds]);
    await assert.rejects(worker.tokenSpans(7), { name: 'TypeError', message: /tokenSpans\(\) expects a string/ });
  } finally {
    worker.terminate();
  }
});

test("createAnalyzer's other options reach the worker", async () => {
  const text = '他在2024年3月12日來到台北，花了3.5公里。';
  const worker = await createWorkerAnalyzer({ words: 'icu' });
  const local = await createAnalyzer({ words: 'icu' });
  try {
    assert.deepEqual(await worker.analyze(text), local.analyze(text));
  } finally {
    worker.terminate();
  }
});

test('errors come back as Errors and the worker keeps working', async () => {
  const worker = await createWorkerAnalyzer({ maxInputLength: 20 });
  try {
    await assert.rejects(worker.analyze(42), { name: 'TypeError', message: /precis: analyze\(\) expects a string/ });
    await assert.rejects(worker.analyze('x'.repeat(21)), /precis: .*more than the limit of 20/);
    await assert.rejects(worker.analyze('x', { notCloneable: () => 1 }), { name: 'TypeError', message: /cannot be sent to the worker/ });
    assert.equal((await worker.analyze('still fine.')).sentences.length, 1);
  } finally {
    worker.terminate();
  }
});

test('aborting a request rejects it, restarts the worker, and the others still finish', async () => {
  const worker = await createWorkerAnalyzer();
  try {
    const controller = new AbortController();
    const long = '我們喜歡學習中文，也喜歡寫作。'.repeat(100000);
    const aborted = worker.analyze(long, { signal: controller.signal });
    const waiting = worker.analyze('Waits behind the long one. 然後完成。');
    controller.abort();
    await assert.rejects(aborted, { name: 'AbortError' });
    assert.equal((await waiting).sentences.length, 2);
    assert.equal((await worker.analyze('After.')).sentences.length, 1);
    const reason = new Error('no longer needed');
    const gone = new AbortController();
    gone.abort(reason);
    await assert.rejects(worker.analyze('x', { signal: gone.signal }), (error) => error === reason);
  } finally {
    worker.terminate();
  }
});

test('terminate() rejects what is waiting and what comes later', async () => {
  const worker = await createWorkerAnalyzer();
  const waiting = worker.analyze('我們喜歡學習中文。'.repeat(10000));
  worker.terminate();
  await assert.rejects(waiting, /terminated/);
  await assert.rejects(worker.analyze('x'), /terminated/);
});

test('assets as bytes and URLs reach the worker; a missing one names its URL', async () => {
  const wasm = await readFile(new URL('precis-core.wasm', dist));
  const worker = await createWorkerAnalyzer({ wasm, locateFile: (name) => new URL(name, dist) });
  assert.equal((await worker.analyze('你好。')).sentences.length, 1);
  worker.terminate();
  await assert.rejects(
    createWorkerAnalyzer({ icuData: new URL('missing/precis-icu.dat', dist) }),
    /precis: cannot load precis-icu\.dat from file:.*missing\/precis-icu\.dat/,
  );
  await assert.rejects(createWorkerAnalyzer({ wasm: new URL('precis-icu.dat', dist) }), /is not a WebAssembly module/);
});
