// Token kinds by their numeric code in the wasm ABI (core/include/precis/analysis.h).
export const TOKEN_KINDS = Object.freeze([
  'whitespace', 'punctuation', 'symbol', 'word', 'number', 'ideographic', 'kana', 'other',
  'url', 'email',
]);

// Paragraph kinds by their numeric code in the wasm ABI (ParagraphKind in analysis.h).
export const PARAGRAPH_KINDS = Object.freeze(['body', 'heading', 'image', 'list-item']);
