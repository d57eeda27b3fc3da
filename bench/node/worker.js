// One peer in a worker thread: loads it, then times it on each input in order and posts each
// run's start and end, so that the main thread can stop a run that exceeds its budget.
import { parentPort, workerData } from 'node:worker_threads';
import { findPeer } from './peers.js';

const { task, peerName, inputs, minRuns, maxRuns, targetMs } = workerData;
const run = await findPeer(task, peerName).load();

for (let index = 0; index < inputs.length; index++) {
  const text = inputs[index].text;
  const times = [];
  let check = null;
  let spent = 0;
  // Warm-up runs (at least one, up to half a second) let V8 tier wasm and JS up to optimized
  // code and fill the peer's caches; they are not counted.
  for (let warm = 0, start = performance.now(); warm < 20 && (warm === 0 || performance.now() - start < 500); warm++) {
    parentPort.postMessage({ type: 'run-start', index });
    check = await run(text);
    parentPort.postMessage({ type: 'run-end', index });
  }
  for (let n = 0; n < maxRuns && (n < minRuns || spent < targetMs); n++) {
    parentPort.postMessage({ type: 'run-start', index });
    const start = performance.now();
    const result = await run(text);
    const ms = performance.now() - start;
    parentPort.postMessage({ type: 'run-end', index });
    times.push(ms);
    spent += ms;
    check = result;
  }
  parentPort.postMessage({ type: 'done', index, times, check });
}
