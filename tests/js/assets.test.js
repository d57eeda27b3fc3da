// Asset loading: defaults next to the module, overrides by bytes, URL or locateFile, and
// errors that name the URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../../dist/index.js';

const dist = new URL('../../dist/', import.meta.url);

test('assets given as bytes are used', async () => {
  const wasm = await readFile(new URL('precis-core.wasm', dist));
  const icuData = await readFile(new URL('precis-icu.dat', dist));
  const analyzer = await createAnalyzer({ wasm, icuData });
  assert.equal(analyzer.analyze('你好。').sentences.length, 1);
});

test('locateFile redirects asset URLs', async () => {
  const seen = [];
  const analyzer = await createAnalyzer({
    locateFile: (name) => {
      seen.push(name);
      return new URL(name, dist);
    },
  });
  assert.deepEqual(seen.sort(), ['precis-core.wasm', 'precis-icu.dat']);
  assert.ok(analyzer.analyze('ok').tokens.length > 0);
});

test('a missing asset is an Error naming its URL', async () => {
  await assert.rejects(
    createAnalyzer({ icuData: new URL('missing/precis-icu.dat', dist) }),
    (error) => error instanceof Error && /precis: cannot load precis-icu\.dat from file:.*missing\/precis-icu\.dat/.test(error.message),
  );
});

test('a wrong asset is an Error saying what it should be', async () => {
  await assert.rejects(createAnalyzer({ wasm: new URL('precis-icu.dat', dist) }), /is not a WebAssembly module/);
  await assert.rejects(createAnalyzer({ icuData: new Uint8Array(100) }), /precis-icu\.dat from the bytes given is not an ICU data package/);
});
