// Reads a dropped or opened file as text, refusing what is plainly not text (by type or
// name); a leading byte-order mark is dropped.
const TEXT_NAME = /\.(txt|text|md|markdown)$/i;

export async function readTextFile(file) {
  const looksText = file.type === '' || file.type.startsWith('text/') || TEXT_NAME.test(file.name);
  if (!looksText) return null;
  const text = await file.text();  // UTF-8; invalid bytes become U+FFFD, never an error
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
