// The default input limit against the wasm module's 2 GiB of memory: the costliest text
// shapes known, measured at 1 Mi code units and projected to the limit, must fit with room.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../dist/index.js';
import { DEFAULT_MAX_INPUT_LENGTH } from '../../dist/limits.js';

const MiB = 1024 * 1024;
const WASM_MEMORY_CAP = 2 * 1024 * MiB;  // Emscripten's default MAXIMUM_MEMORY with growth
const ALLOWED = 0.9 * WASM_MEMORY_CAP;   // room for what a projection from 1 Mi misses

// Repeating units chosen to be expensive for some stage: tokens, paragraphs and sentences
// at every other code unit, or Han text that feeds new-word discovery and its counters.
const SHAPES = {
  'one-character lines': 'a\n',
  'one Han character repeated': '中',
  'a short Chinese sentence repeated': '我們喜歡學習中文。',
  'mixed article lines': '黃仁勛說：「準備好了。」Shares rose 3.5% on 2024-01-03.\n',
};

for (const [name, unit] of Object.entries(SHAPES)) {
  test(`the default limit fits: ${name}`, { timeout: 5 * 60 * 1000 }, async () => {
    const analyzer = await createAnalyzer({ maxInputLength: MiB });
    const before = analyzer.heapStats().memoryBytes;
    const text = unit.repeat(Math.ceil(MiB / unit.length)).slice(0, MiB);
    analyzer.analyze(text);
    const perUnit = (analyzer.heapStats().memoryBytes - before) / MiB;  // memory never shrinks: the peak
    const projected = before + perUnit * DEFAULT_MAX_INPUT_LENGTH;
    assert.ok(projected < ALLOWED,
      `${perUnit.toFixed(1)} bytes of wasm memory per code unit project to ${(projected / MiB).toFixed(0)} MiB ` +
      `at the default limit of ${DEFAULT_MAX_INPUT_LENGTH}, over ${(ALLOWED / MiB).toFixed(0)} MiB: lower ` +
      'DEFAULT_MAX_INPUT_LENGTH in wasm/js/limits.js or make the analysis leaner');
  });
}
