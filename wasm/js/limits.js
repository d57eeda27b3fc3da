// The input size limit of the package. The wasm module's memory stops at 2 GiB, and the
// costliest texts measured (one Han character repeated: about 180 bytes of wasm memory per
// UTF-16 code unit; one-character lines: about 80) must fit under the default with room to
// spare. tests/js/memory.test.js measures those shapes and fails if the default stops fitting.
export const DEFAULT_MAX_INPUT_LENGTH = 8 * 1024 * 1024;

// The core's offsets are 32-bit signed (as ICU's), so no limit can go beyond this.
export const MAX_INPUT_LENGTH_CEILING = 2 ** 31 - 1;

// Throws a clear error unless `value` is undefined or an integer in 1..2^31-1.
export function checkMaxInputLength(value) {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value <= 0 || value > MAX_INPUT_LENGTH_CEILING) {
    throw new RangeError(`precis: maxInputLength must be an integer from 1 to ${MAX_INPUT_LENGTH_CEILING}, got ${String(value)}`);
  }
}
