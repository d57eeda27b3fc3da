// The package is a polite guest in Node: loading it installs no process handlers, and an
// idle worker analyzer does not keep the process running.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const EVENTS = ['uncaughtException', 'unhandledRejection', 'exit', 'SIGINT', 'warning'];

test('createAnalyzer and createWorkerAnalyzer add no process listeners', async () => {
  const before = EVENTS.map((e) => process.listenerCount(e));
  const { createAnalyzer } = await import('../../dist/index.js');
  const { createWorkerAnalyzer } = await import('../../dist/worker.js');
  const analyzer = await createAnalyzer();
  analyzer.analyze('你好。');
  const worker = await createWorkerAnalyzer();
  await worker.analyze('你好。');
  worker.terminate();
  assert.deepEqual(EVENTS.map((e) => process.listenerCount(e)), before);
});

test('a script that never terminates its worker analyzer still exits', () => {
  const worker = fileURLToPath(new URL('../../dist/worker.js', import.meta.url));
  const script = `const { createWorkerAnalyzer } = await import(${JSON.stringify(worker)});
    const analyzer = await createWorkerAnalyzer();
    console.log((await analyzer.analyze('一。二。')).sentences.length);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60000 });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '2\n');
});
