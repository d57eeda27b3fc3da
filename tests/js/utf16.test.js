// The facade's decoding of UTF-16 units that the core sends as one Uint16Array (keyphrase
// texts, annotations' normalized forms): every unit kept, long runs in batches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitsToString } from '../../dist/utf16.js';

const units = (text) => Uint16Array.from(text, (c) => c.charCodeAt(0));

test('unitsToString returns the units of a slice as written', () => {
  const all = Uint16Array.from('黃仁勛Nvidia'.split('').map((c) => c.charCodeAt(0)));
  assert.equal(unitsToString(all, 0, 3), '黃仁勛');
  assert.equal(unitsToString(all, 3, all.length), 'Nvidia');
  assert.equal(unitsToString(all, 2, 2), '');
});

test('unitsToString keeps a lone surrogate (a TextDecoder would make it U+FFFD)', () => {
  const lone = new Uint16Array([0x61, 0xd800, 0x62, 0xdc00]);
  const text = unitsToString(lone, 0, 4);
  assert.equal(text.length, 4);
  assert.equal(text.charCodeAt(1), 0xd800);
  assert.equal(text.charCodeAt(3), 0xdc00);
});

test('unitsToString decodes runs longer than one batch', () => {
  const long = 'ab' + '字'.repeat(10000) + 'cd';
  assert.equal(unitsToString(units(long), 0, long.length), long);
  assert.equal(unitsToString(units(long), 1, long.length - 1), long.slice(1, -1));
});
