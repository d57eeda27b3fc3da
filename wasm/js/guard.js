// Keeps a failure inside the WebAssembly module (out of memory, a trap) from escaping as an
// opaque "Aborted()": such a failure becomes a clear precis Error, and the module, whose
// memory may then hold leftovers of the interrupted call, is not used again.

// Wraps the Emscripten module so that every function call on it is guarded.
export function guardModule(core) {
  let failure = null;
  return new Proxy(core, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      return (...args) => {
        if (failure) {
          throw new Error(`precis: this analyzer stopped after an earlier failure (${failure}); ` +
            'create a new one with createAnalyzer()');
        }
        try {
          return value.apply(target, args);
        } catch (error) {
          if (!(error instanceof WebAssembly.RuntimeError)) throw error;
          failure = `the WebAssembly module failed: ${error.message.split('.')[0]}`;
          const size = typeof args[0] === 'string' ? ` on a text of ${args[0].length} UTF-16 code units` : '';
          throw new Error(`precis: ${failure}${size}, most likely out of memory (a lower maxInputLength ` +
            'refuses such texts up front); this analyzer cannot be used again, create a new one with createAnalyzer()');
        }
      };
    },
  });
}
