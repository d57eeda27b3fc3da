// The precis command: exact output formats of words, sentences --jsonl and analyze.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

test('words: one output line per input line, empty lines kept, BOM and CRLF handled', () => {
  const result = run(['words'], '\uFEFF我們喜歡學習中文。\r\n\r\nHello, world 3.5!\r\n');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '我們 喜歡 學習 中文 。\n\nHello , world 3.5 !\n');
});

test('words reads a FILE too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precis-cli-'));
  const file = join(dir, 'in.txt');
  writeFileSync(file, '一行\n two  spaces ');
  const result = run(['words', file]);
  assert.equal(result.stdout, '一行\ntwo spaces\n');
});

test('sentences --jsonl: one {"sentences"} line per input object, in order', () => {
  const input = '{"input": "Mr. Smith left. 他走了。你呢？", "name": "a"}\n{"input": ""}\n';
  const result = run(['sentences', '--jsonl'], input);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(lines, [{ sentences: ['Mr. Smith left.', '他走了。', '你呢？'] }, { sentences: [] }]);
});

test('analyze prints JSON whose spans slice the input', () => {
  const text = '第一句。Second one.\r\n😀';
  const result = run(['analyze'], text);
  const analysis = JSON.parse(result.stdout);
  for (const layer of ['paragraphs', 'sentences', 'tokens']) {
    for (const span of analysis[layer]) assert.equal(text.slice(span.start, span.end), span.text);
  }
  assert.equal(analysis.sentences.length, 3);
});

test('bad usage and invalid UTF-8 are clear errors', () => {
  assert.equal(run(['frobnicate'], '').status, 2);
  assert.match(run(['sentences'], '').stderr, /needs --jsonl/);
  const bad = run(['words'], Buffer.from([0x61, 0xff, 0x62]));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /not valid UTF-8/);
  assert.match(run(['sentences', '--jsonl'], 'nope\n').stderr, /line 1 is not JSON/);
});

test('summarize --jsonl keeps every field and adds the prediction, one sentence per line', () => {
  const input = [
    JSON.stringify({ id: 'a', article: 'The bridge opened on Monday. Traffic fell by half. Trucks now use it daily. Tolls stay the same.', extra: [1] }),
    JSON.stringify({ id: 'b', article: '' }),
  ].join('\n') + '\n';
  const result = run(['summarize', '--jsonl', '--sentences', '2'], input);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.equal(lines.length, 2);
  assert.equal(lines[0].id, 'a');
  assert.deepEqual(lines[0].extra, [1]);
  const predicted = lines[0].prediction.split('\n');
  assert.equal(predicted.length, 2);
  assert.equal(predicted[0], 'The bridge opened on Monday.');
  assert.equal(lines[1].prediction, '');
});

test('summarize --jsonl refuses a line without an article', () => {
  const result = run(['summarize', '--jsonl'], '{"input": "x"}\n');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /no "article" string/);
});

test('keywords -n K prints K keyphrases with scores', () => {
  const text = '電池渡輪今天啟用。電池渡輪很安靜。交通局說電池渡輪的票價不變。乘客喜歡電池渡輪和交通局的安排。';
  const result = run(['keywords', '-n', '2'], text);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  for (const line of lines) assert.match(line, /^(0|1)\.\d{3}\t\S+$/);
  assert.match(lines[0], /^1\.000\t/);
});

test('summarize and keywords refuse bad numbers', () => {
  assert.equal(run(['summarize', '--sentences', 'x'], 'a').status, 2);
  assert.equal(run(['keywords', '-n', '-3'], 'a').status, 2);
  assert.equal(run(['summarize', '--sentences', '1', '--ratio', '0.5'], 'a').status, 2);
});
