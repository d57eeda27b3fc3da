// npm run bench: precis against the tools people would pick instead, on the same inputs, in
// one Node process (peers run in worker threads; cold start and memory in fresh children).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ARTICLES_DIR, MB, growTo, loadArticles, sizedInputs, sourceText, utf8Bytes } from './inputs.js';
import { PEERS } from './peers.js';
import { checkTargets, printTable, timeCell, ratioRow } from './report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../../build/bench');
const quick = process.argv.includes('--quick');
// --only=words,analysis,cold,memory: run only these parts (default: all of them).
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const wanted = (part) => only === null || only.has(part);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 20) * 1000;
// The clock of the tables: CPU time by default (robust on a shared machine), or --wall.
const CLOCK = process.argv.includes('--wall') ? 'wall' : 'cpu';
// Each peer runs `rounds` times per input, interleaved; a round is one run, or as many as
// fill `roundMs` on small inputs. Inputs whose runs take over a second get `slowRounds`.
const ROUNDS = quick ? { rounds: 2, slowRounds: 2, roundMs: 40 } : { rounds: 9, slowRounds: 5, roundMs: 150 };

// A peer's worker thread, driven one request at a time.
class PeerWorker {
  constructor(task, peer, inputs) {
    this.peer = peer;
    this.out = null;  // why this peer runs no more inputs of the group
    this.worker = new Worker(path.join(here, 'worker.js'), { workerData: { task, peerName: peer.name, inputs } });
    this.pending = null;
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
    });
    this.worker.on('message', (m) => this.pending?.resolve(m));
    this.worker.on('error', (e) => this.pending?.reject(e));
  }

  // Resolves to the run times, or to null when the request outlived `budgetMs` (the worker is
  // then terminated: a run in progress cannot be stopped otherwise).
  request(index, repeat, budgetMs) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.worker.terminate().then(() => resolve(null));
      }, budgetMs);
      this.pending = {
        resolve: (m) => { clearTimeout(timer); this.pending = null; resolve(m); },
        reject: (e) => { clearTimeout(timer); this.pending = null; reject(e); },
      };
      this.worker.postMessage({ index, repeat });
    });
  }

  close() {
    return this.worker.terminate();
  }
}

// Measures every peer on each input (smallest first), interleaving the peers in rounds so
// that a change in the machine's load hits all of them alike. A peer whose first run on an
// input exceeds the budget is reported over budget there and runs no larger input.
async function measureGroup(task, peers, inputs) {
  const workers = peers.map((peer) => new PeerWorker(task, peer, inputs));
  await Promise.all(workers.map((w) => w.ready));
  const results = inputs.map(() => ({}));
  for (let index = 0; index < inputs.length; index++) {
    // The budget grows with the input (per MB) so that only a super-linear tool meets it.
    const budget = BUDGET_MS * Math.max(1, Buffer.byteLength(inputs[index].text) / MB);
    const batch = new Map();
    let slow = false;
    const firstMs = new Map();
    for (const w of workers) {
      if (w.out) {
        results[index][w.peer.name] = { skipped: w.out };
        continue;
      }
      const answer = await w.request(index, 1, budget);
      if (answer?.error) {
        results[index][w.peer.name] = { failed: answer.error };
        continue;
      }
      const first = answer?.times;
      if (!first) {
        results[index][w.peer.name] = { overBudget: budget };
        w.out = 'over budget on a smaller input';
        continue;
      }
      // Warm-up (not counted): V8 tiers wasm and JS up to optimized code after some runs.
      // The first input gets about 2 s of runs, enough for V8's optimizing tier to finish
      // compiling the hot wasm functions (its compile threads would otherwise count as CPU
      // time). The warm-up goes by the clock in batches sized from the last warm run, not
      // by a count from the first run: that one is cold and can be ten times slower.
      const warmMs = index === 0 ? 2000 : 200;
      if (first[0] <= 1000) {
        const until = performance.now() + warmMs;
        let lastMs = first[0];
        while (performance.now() < until) {
          const repeat = Math.max(1, Math.min(200, Math.ceil(100 / Math.max(lastMs, 0.01))));
          const warmed = await w.request(index, repeat, budget + 4 * repeat * first[0]);
          if (!warmed?.times) break;  // over budget or failed: the measured rounds will say so
          lastMs = Math.min(...warmed.times);
        }
      }
      slow ||= first[0] > 1000;
      firstMs.set(w, first[0]);
      batch.set(w, Math.max(1, Math.min(200, Math.round(ROUNDS.roundMs / Math.max(first[0], 0.01)))));
      results[index][w.peer.name] = { times: [], wallTimes: [] };
    }
    const rounds = slow ? ROUNDS.slowRounds : ROUNDS.rounds;
    for (let round = 0; round < rounds && batch.size > 0; round++) {
      for (const [w, repeat] of batch) {
        const measured = await w.request(index, repeat, budget + 4 * repeat * firstMs.get(w));
        if (!measured || measured.error) {
          results[index][w.peer.name] = { overBudget: budget };
          w.out = 'over budget on a smaller input';
          batch.delete(w);
          continue;
        }
        results[index][w.peer.name].times.push(...(CLOCK === 'cpu' ? measured.cpuTimes : measured.times));
        results[index][w.peer.name].wallTimes.push(...measured.times);
      }
    }
  }
  await Promise.all(workers.map((w) => w.close()));
  return results;
}

function runChild(args) {
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(here, 'child.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    node: process.version,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
    date: new Date().toISOString(),
  };
}

async function main() {
  if (!fs.existsSync(path.resolve(here, '../../dist/precis-core.wasm'))) {
    throw new Error('bench: dist/ is not built; run `npm run build` (npm run bench does it)');
  }
  const info = machine();
  console.log(`# precis benchmark${quick ? ' (quick)' : ''}\n`);
  console.log(`Machine: ${info.cpu}, nproc ${info.nproc}, Node ${info.node}, load average ${info.load}, ${info.date}\n`);

  const articles = loadArticles();
  if (articles.length === 0) {
    console.log(`bench: skipping the per-article rows: ${ARTICLES_DIR} is absent; the large inputs use bench/node/sample-text.js\n`);
  }
  const zh = sizedInputs('zh', articles);
  const en = sizedInputs('en', articles);
  console.log(`Times are medians of ${CLOCK === 'cpu' ? 'CPU time (user + system of the process during each run; other processes on the machine disturb it far less than wall time)' : 'wall-clock time'}; the over-budget guard is wall-clock, ${BUDGET_MS / 1000} s per run and MB of input (at least ${BUDGET_MS / 1000} s).\n`);
  console.log(`Large inputs: Chinese from ${zh.source}, English from ${en.source}; MB = 2^20 bytes of UTF-8.\n`);
  const zhArticles = articles.filter((a) => a.lang === 'zh');
  const enArticles = articles.filter((a) => a.lang === 'en');

  // task -> groups of inputs; each group runs in one worker per peer, smallest first.
  const plan = {
    words: [zhArticles, zh.inputs],
    sentences: [articles, en.inputs, zh.inputs],
    summary: [enArticles, en.inputs],
    analysis: [[{ name: 'zh 6.5 KB', text: growTo(sourceText('zh', articles), 6.5 * 1024) }], articles, zh.inputs, en.inputs],
  };
  const titles = {
    words: 'Chinese words',
    sentences: 'Sentences',
    summary: 'English summaries',
    analysis: 'Full analysis (precis)',
  };
  const results = { machine: info, quick, clock: CLOCK, budgetMs: BUDGET_MS, tasks: {}, cold: {}, memory: [] };

  for (const [task, groups] of Object.entries(plan).filter(([t]) => wanted(t))) {
    const peers = PEERS[task];
    const rows = [];
    const cells = {};
    for (const inputs of groups.filter((g) => g.length > 0)) {
      process.stderr.write(`bench: ${task} on ${inputs.length} input(s)\n`);
      const measured = await measureGroup(task, peers, inputs.map(({ name, text }) => ({ name, text })));
      inputs.forEach((input, i) => {
        cells[input.name] = { bytes: utf8Bytes(input.text) };
        for (const peer of peers) {
          const r = measured[i][peer.name] ?? { skipped: 'not measured' };
          if (r.times) {
            r.median = median(r.times);
            r.wallMedian = median(r.wallTimes);
          }
          cells[input.name][peer.name] = r;
        }
      });
      rows.push(...inputs.map((input) => input.name));
    }
    results.tasks[task] = cells;
    console.log(`## ${titles[task]}: median ms (MB/s)\n`);
    if (task === 'summary' && !('summary' in (await probePrecis()))) {
      console.log('precis has no summary stage yet: its column is the full analysis.\n');
    }
    const names = peers.map((p) => p.name);
    const table = rows.map((row) => [row, ...names.map((n) => timeCell(cells[row][n], cells[row].bytes))]);
    const articleRows = rows.filter((row) => !/ (KB|MB)$/.test(row));
    if (articleRows.length > 1) table.push(['all articles', ...names.map((n) => sumCell(cells, articleRows, n))]);
    printTable(['input', ...names], table);
    if (names.length > 1) {
      console.log('Ratio: peer time / precis time (above 1: precis is faster)\n');
      const ratioRows = rows.filter((row) => / (KB|MB)$/.test(row));
      if (articleRows.length > 1) ratioRows.unshift('all articles');
      printTable(['input', ...names.slice(1)], ratioRows.map((row) => ratioRow(row, cells, articleRows, names)));
    }
  }

  if (wanted('cold')) measureColdStart(results);
  if (wanted('memory')) measureMemory(results);
  console.log('## Targets\n');
  for (const line of checkTargets(results, zh.inputs, en.inputs, articles)) console.log(line);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 1));
  console.log(`\nAll numbers: ${path.relative(process.cwd(), path.join(outDir, 'results.json'))}`);
}

function measureColdStart(results) {
  console.log('## Cold start: module load to first result, fresh process, median of 5\n');
  const coldPeers = [['words', 'precis'], ['words', 'jieba-wasm'], ['words', '@node-rs/jieba'], ['words', 'Intl.Segmenter per line'],
    ['sentences', 'sbd'], ['summary', 'lexrank'], ['summary', 'node-summarizer (frequency)']];
  for (const [task, name] of coldPeers) {
    const runs = [0, 1, 2, 3, 4].map(() => runChild(['cold', task, name]));
    results.cold[name] = { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
  }
  printTable(['tool', 'wall ms', 'CPU ms (all threads)'], Object.entries(results.cold).map(([n, c]) => [n, c.wallMs.toFixed(1), c.cpuMs.toFixed(1)]));
}

function measureMemory(results) {
  console.log('## Peak memory of one run: peak RSS minus RSS before the run, fresh process\n');
  const memoryPlan = [
    ...['precis', 'precis tokenSpans()', 'jieba-wasm', '@node-rs/jieba', 'Intl.Segmenter per line'].map((n) => ['words', n, 'zh']),
    ['analysis', 'precis', 'en'],
  ];
  const sizes = quick ? [0, 1] : [0, 1, 2];
  for (const [task, name, lang] of memoryPlan) {
    for (const sizeIndex of sizes) {
      process.stderr.write(`bench: memory ${task} / ${name} / ${lang} #${sizeIndex}\n`);
      const m = runChild(['memory', task, name, lang, String(sizeIndex)]);
      results.memory.push({ task, name, lang, sizeIndex, ...m });
    }
  }
  printTable(['task', 'tool', 'input', 'input MB', 'peak MB', 'peak / input'], results.memory.map((m) => [
    m.task, m.name, `${m.lang} #${m.sizeIndex}`, (m.inputBytes / MB).toFixed(2), (m.bytes / MB).toFixed(1), (m.bytes / m.inputBytes).toFixed(1),
  ]));
}

function sumCell(cells, rows, name) {
  let ms = 0;
  let bytes = 0;
  for (const row of rows) {
    const c = cells[row][name];
    if (!c?.times) return 'n/a';
    ms += c.median;
    bytes += cells[row].bytes;
  }
  return timeCell({ median: ms, times: [ms] }, bytes);
}

let probed = null;
async function probePrecis() {
  if (!probed) {
    const { createAnalyzer } = await import('../../dist/index.js');
    probed = (await createAnalyzer()).analyze('One. Two.');
  }
  return probed;
}

await main();
