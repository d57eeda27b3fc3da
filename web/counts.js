// Counts for the stats panel that the package may not report itself (characters as code
// points, words, how much is CJK), computed in the worker so the page's thread stays free.
const WORD_KINDS = new Set(['word', 'number', 'ideographic', 'kana', 'other', 'url', 'email']);

export function countText(text, tokens) {
  let characters = text.length;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) characters--;
  }
  let words = 0;
  let cjkWords = 0;
  let cjkCharacters = 0;
  for (const token of tokens) {
    if (!WORD_KINDS.has(token.kind)) continue;
    words++;
    if (token.kind === 'ideographic' || token.kind === 'kana') {
      cjkWords++;
      cjkCharacters += token.end - token.start;
    }
  }
  // About 400 CJK characters or 230 other words a minute, for a rough reading time.
  const readingMinutes = cjkCharacters / 400 + (words - cjkWords) / 230;
  return { characters, words, readingMinutes };
}
