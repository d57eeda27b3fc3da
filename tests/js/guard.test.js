// The guard around the WebAssembly module: a trap inside it becomes a clear precis Error and
// the broken module is never called again; ordinary errors pass through unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guardModule } from '../../dist/guard.js';

function fakeCore() {
  const calls = [];
  return {
    calls,
    HEAP8: new Int8Array(4),
    analyze(text) {
      calls.push(text);
      if (text === 'trap') throw new WebAssembly.RuntimeError('Aborted(). Build with -s ASSERTIONS=1 for more info.');
      if (text === 'type') throw new TypeError('not a string');
      return { ok: true, length: text.length };
    },
  };
}

test('values that are not functions pass through', () => {
  const core = fakeCore();
  assert.equal(guardModule(core).HEAP8, core.HEAP8);
});

test('a trap becomes a clear error and the module is not called again', () => {
  const core = fakeCore();
  const guarded = guardModule(core);
  assert.deepEqual(guarded.analyze('abc'), { ok: true, length: 3 });
  assert.throws(() => guarded.analyze('trap'),
    /^Error: precis: the WebAssembly module failed: Aborted\(\) on a text of 4 UTF-16 code units, most likely out of memory/);
  assert.throws(() => guarded.analyze('abc'), /precis: this analyzer stopped after an earlier failure .*create a new one/);
  assert.deepEqual(core.calls, ['abc', 'trap']);
});

test('other errors pass through and leave the module usable', () => {
  const guarded = guardModule(fakeCore());
  assert.throws(() => guarded.analyze('type'), { name: 'TypeError', message: 'not a string' });
  assert.deepEqual(guarded.analyze('ok'), { ok: true, length: 2 });
});
