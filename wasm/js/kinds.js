// Token kinds by their numeric code in the wasm ABI (core/include/precis/analysis.h).
export const TOKEN_KINDS = Object.freeze([
  'whitespace', 'punctuation', 'symbol', 'word', 'number', 'ideographic', 'kana', 'other',
  'url', 'email',
]);
