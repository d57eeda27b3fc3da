// Strings from UTF-16 code units that the core sent as one Uint16Array: every unit kept as
// it is (a lone surrogate too, which a TextDecoder would replace with U+FFFD).

const CHUNK = 4096;  // String.fromCharCode takes its units as arguments: bounded batches

// The string of units[start, end).
export function unitsToString(units, start, end) {
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, units.subarray(start, end));
  let text = '';
  for (let at = start; at < end; at += CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(end, at + CHUNK)));
  }
  return text;
}
