// Word segmentation speed in wasm on about 1 MB of Chinese (never part of npm test):
// the package's analyze() with each word style. Input: the Chinese articles of
// ../shared/eval/articles when present, otherwise a generated mix of the test fixtures'
// sentences, repeated to 1 MB (UTF-8). Run: npm run bench:words
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const articles = join(root, '..', 'shared', 'eval', 'articles');
let source;
if (existsSync(articles)) {
  source = readdirSync(articles).filter((f) => f.startsWith('zh') || f.startsWith('seed'))
    .map((f) => readFileSync(join(articles, f), 'utf8')).join('\n');
  console.log(`text: the Chinese articles of ${articles}, repeated`);
} else {
  source = '記者昨天訪問了邱澤鋒。邱澤鋒表示，公司的新款晶片已經量產，2024年營收突破9000億元。\n' +
    '记者昨天访问了邱泽锋。新款芯片已经量产，企业数量超过5000家，增长3.5%。\n';
  console.log('text: generated (no ../shared/eval/articles)');
}
const MB = 1 << 20;
let text = '';
while (Buffer.byteLength(text) < MB) text += source;
const bytes = Buffer.byteLength(text);

for (const words of ['icu', 'refined', 'standard']) {
  const analyzer = await createAnalyzer({ words });
  analyzer.analyze(text);  // warm up
  const runs = 5;
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) analyzer.analyze(text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9 / runs;
  console.log(`analyze(), words: '${words}': ${(bytes / MB).toFixed(2)} MB in ${(seconds * 1000).toFixed(0)} ms = ${(bytes / MB / seconds).toFixed(1)} MB/s (whole analysis: paragraphs, sentences, tokens, keys)`);
}
