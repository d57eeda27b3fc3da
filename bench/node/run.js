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
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 20) * 1000;
const RUNS = quick ? { minRuns: 2, maxRuns: 5, targetMs: 300 } : { minRuns: 5, maxRuns: 200, targetMs: 1500 };

// Runs one peer over inputs (increasing in size) in a worker. A run longer than the budget
// stops the worker: that input is reported over budget and larger ones are not run.
function measurePeer(task, peer, inputs) {
  return new Promise((resolve, reject) => {
    const results = inputs.map(() => null);
    const worker = new Worker(path.join(here, 'worker.js'), {
      workerData: { task, peerName: peer.name, inputs, ...RUNS },
    });
    let timer = null;
    let finished = false;
    const finish = () => {
      finished = true;
      clearTimeout(timer);
      resolve(results);
    };
    worker.on('message', (message) => {
      if (message.type === 'run-start') {
        timer = setTimeout(() => {
          results[message.index] = { overBudget: BUDGET_MS };
          for (let i = message.index + 1; i < inputs.length; i++) results[i] = { skipped: 'over budget on a smaller input' };
          worker.terminate().then(finish);
        }, BUDGET_MS);
      } else if (message.type === 'run-end') {
        clearTimeout(timer);
      } else if (message.type === 'done') {
        results[message.index] = { times: message.times };
      }
    });
    worker.on('error', (error) => { if (!finished) { finished = true; clearTimeout(timer); reject(error); } });
    worker.on('exit', () => { if (!finished) finish(); });
  });
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
  const results = { machine: info, quick, budgetMs: BUDGET_MS, tasks: {}, cold: {}, memory: [] };

  for (const [task, groups] of Object.entries(plan)) {
    const peers = PEERS[task];
    const rows = [];
    const cells = {};
    for (const inputs of groups.filter((g) => g.length > 0)) {
      for (const peer of peers) {
        process.stderr.write(`bench: ${task} / ${peer.name} on ${inputs.length} input(s)\n`);
        const measured = await measurePeer(task, peer, inputs.map(({ name, text }) => ({ name, text })));
        inputs.forEach((input, i) => {
          cells[input.name] ??= { bytes: utf8Bytes(input.text) };
          const r = measured[i] ?? { skipped: 'worker ended early' };
          if (r.times) r.median = median(r.times);
          cells[input.name][peer.name] = r;
        });
      }
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

  console.log('## Cold start: module load to first result, fresh process, median of 5 (ms)\n');
  const coldPeers = [['words', 'precis'], ['words', 'jieba-wasm'], ['words', '@node-rs/jieba'], ['words', 'Intl.Segmenter per line'],
    ['sentences', 'sbd'], ['summary', 'lexrank'], ['summary', 'node-summarizer (frequency)']];
  for (const [task, name] of coldPeers) {
    results.cold[name] = median([0, 1, 2, 3, 4].map(() => runChild(['cold', task, name]).ms));
  }
  printTable(['tool', 'cold start ms'], Object.entries(results.cold).map(([n, ms]) => [n, ms.toFixed(1)]));

  console.log('## Peak memory of one run: peak RSS minus RSS before the run, fresh process\n');
  const memoryPlan = [
    ...['precis', 'jieba-wasm', '@node-rs/jieba', 'Intl.Segmenter per line'].map((n) => ['words', n, 'zh']),
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

  console.log('## Targets\n');
  for (const line of checkTargets(results, zh.inputs, en.inputs, articles)) console.log(line);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 1));
  console.log(`\nAll numbers: ${path.relative(process.cwd(), path.join(outDir, 'results.json'))}`);
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
