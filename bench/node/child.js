// Measurements that need a fresh process: cold start (module load to first result) and peak
// memory of one run. Run by run.js as `node --expose-gc child.js cold|memory ...`; prints JSON.
import fs from 'node:fs';

function statusKb(field) {
  const match = fs.readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  if (!match) throw new Error(`bench: no ${field} in /proc/self/status`);
  return Number(match[1]);
}

const [mode, task, peerName, lang, sizeIndex] = process.argv.slice(2);
const SHORT_TEXT = '今天的會議討論了人工智慧的發展。The committee met on Tuesday.';

if (mode === 'cold') {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { findPeer } = await import('./peers.js');
  const run = await findPeer(task, peerName).load();
  await run(SHORT_TEXT);
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wallMs, cpuMs: (used.user + used.system) / 1000 }));
} else if (mode === 'memory') {
  const { loadArticles, sizedInputs, utf8Bytes } = await import('./inputs.js');
  const { findPeer } = await import('./peers.js');
  const text = sizedInputs(lang, loadArticles()).inputs[Number(sizeIndex)].text;
  const run = await findPeer(task, peerName).load();
  await run(SHORT_TEXT);
  globalThis.gc();
  // Linux resets the peak resident set size (VmHWM) on writing 5 to clear_refs, so the peak
  // read after the run is the run's own, not the loading's.
  fs.writeFileSync('/proc/self/clear_refs', '5');
  const baseline = statusKb('VmRSS');
  const result = await run(text);
  const peak = statusKb('VmHWM');
  console.log(JSON.stringify({ bytes: Math.max(0, peak - baseline) * 1024, baselineBytes: baseline * 1024, inputBytes: utf8Bytes(text), result }));
} else {
  throw new Error(`bench: unknown mode ${mode}`);
}
