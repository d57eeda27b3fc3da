// No leaks across the Embind boundary: 10,000 analyses in one module leave the wasm heap
// (bytes allocated and memory size) within 1 MB of what it was after the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../dist/index.js';

const MB = 1024 * 1024;

test('10,000 analyses keep the wasm heap within 1 MB of its size after the first', async () => {
  const analyzer = await createAnalyzer();
  const text = '黃仁勛說：「我們準備好了。」Shares rose 3.5% on Tuesday.\n👋🏽 第二段。Mr. Lin agreed.';
  analyzer.analyze(text);
  const first = analyzer.heapStats();
  for (let i = 0; i < 10000; i++) {
    const analysis = analyzer.analyze(`${text} ${i}`);
    if (i % 1000 === 0) assert.ok(analysis.tokens.length > 10);
    if (i % 997 === 0) assert.throws(() => analyzer.analyze(42));  // failed calls leak nothing either
  }
  const last = analyzer.heapStats();
  assert.ok(last.allocatedBytes - first.allocatedBytes < MB, `allocated ${first.allocatedBytes} -> ${last.allocatedBytes}`);
  assert.ok(last.memoryBytes - first.memoryBytes < MB, `memory ${first.memoryBytes} -> ${last.memoryBytes}`);
});

test('refused inputs leak nothing', async () => {
  const analyzer = await createAnalyzer({ maxInputLength: 8 });
  assert.throws(() => analyzer.analyze('x'.repeat(9)));
  const first = analyzer.heapStats();
  for (let i = 0; i < 2000; i++) assert.throws(() => analyzer.analyze('y'.repeat(9 + (i % 50))));
  assert.ok(analyzer.heapStats().allocatedBytes - first.allocatedBytes < MB);
});
