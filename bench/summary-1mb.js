// Times analyze() end to end (segmentation, keyphrases, scores, summary) on 1 MB articles in
// wasm under Node, against the 2 s target; also a re-selection. Usage: npm run bench:summary
// The articles repeat this repository's test articles (our own writing) with numbered
// variations up to 1 MB of UTF-8, so that no two paragraphs are identical.
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../dist/index.js';

const TARGET_MS = 2000;
const SIZE = 1 << 20;
const fixture = (name) => readFileSync(new URL(`../tests/fixtures/articles/${name}`, import.meta.url), 'utf8');

function article(sources) {
  const lines = sources.flatMap((name) => fixture(name).split('\n').filter(Boolean));
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < SIZE; i++) {
    const line = `${lines[i % lines.length]} (${Math.floor(i / lines.length)})`;
    out.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return out.join('\n');
}

const analyzer = await createAnalyzer();
const cases = {
  'Chinese (zh-Hant + zh-Hans)': article(['harbor-ferry.zh-Hant.txt', 'river-cleanup.zh-Hans.txt']),
  English: article(['solar-library.en.txt']),
  mixed: article(['harbor-ferry.zh-Hant.txt', 'solar-library.en.txt', 'river-cleanup.zh-Hans.txt']),
};
analyzer.analyze(cases.mixed.slice(0, 20000));  // warm up the module and ICU's caches
let failed = false;
for (const [name, text] of Object.entries(cases)) {
  const times = [];
  let analysis;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    analysis = analyzer.analyze(text, { summary: { ratio: 0.05 } });
    times.push(performance.now() - started);
  }
  const best = Math.min(...times);
  const started = performance.now();
  analysis.summarize({ sentences: 10 });
  const reselect = performance.now() - started;
  failed ||= best > TARGET_MS;
  console.log(`${name}: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8, ${analysis.sentences.length} sentences, ` +
    `analyze best of 3 ${best.toFixed(0)} ms (target ${TARGET_MS}), summarize() ${reselect.toFixed(0)} ms`);
}
process.exitCode = failed ? 1 : 0;
