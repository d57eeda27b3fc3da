// Warm full analysis of one article in Node: analyze(text) then reading .tokens, the median
// of N runs after 30 warm-up runs, in wall and CPU time. Never part of npm test.
// Usage: node bench/analysis-warm.js [file] [runs]; the default file is the seed article of
// ../shared/eval (or $PRECIS_EVAL_DIR), read at run time.
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR } from './node/inputs.js';
import { createAnalyzer } from '../dist/index.js';

const file = process.argv[2] ?? path.join(ARTICLES_DIR, 'seed_zh-hant_ai-race.txt');
const runs = Number(process.argv[3] ?? 200);
if (!fs.existsSync(file)) {
  console.log(`no article at ${file}: give a file, or set PRECIS_EVAL_DIR`);
  process.exit(0);
}
const text = fs.readFileSync(file, 'utf8');
const analyzer = await createAnalyzer();
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
for (let i = 0; i < 30; i++) analyzer.analyze(text).tokens.length;
const wall = [];
const cpu = [];
for (let i = 0; i < runs; i++) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  analyzer.analyze(text).tokens.length;
  wall.push(performance.now() - start);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
}
console.log(`${path.basename(file)} (${text.length} UTF-16 units): wall ${median(wall).toFixed(2)} ms, ` +
  `CPU ${median(cpu).toFixed(2)} ms (median of ${runs} warm runs)`);
