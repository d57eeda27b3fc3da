// One peer in a worker thread: loads it once, then on each request runs it `repeat` times on
// one input and posts the times back: wall clock, and CPU time of the process (the other
// threads idle meanwhile), which other processes on a shared machine disturb far less. The main thread interleaves peers and stops a request
// that exceeds its budget (a super-linear peer) by terminating the worker.
import { parentPort, workerData } from 'node:worker_threads';
import { findPeer } from './peers.js';

const { task, peerName, inputs } = workerData;
const run = await findPeer(task, peerName).load();
// Some peers build their dictionary on first use: that belongs to cold start, not to timing.
await run('今天的會議討論了人工智慧的發展。The committee met on Tuesday.');
parentPort.on('message', async ({ index, repeat }) => {
  const times = [];
  const cpuTimes = [];
  let check = null;
  try {
    for (let i = 0; i < repeat; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      check = await run(inputs[index].text);
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  } catch (error) {
    parentPort.postMessage({ index, error: String(error?.message ?? error) });
    return;
  }
  parentPort.postMessage({ index, times, cpuTimes, check });
});
parentPort.postMessage({ ready: true });
