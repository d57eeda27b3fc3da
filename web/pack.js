// What crosses between the worker and the page: the package's analysis with its many tokens
// as transferable columns (cloning thousands of small objects would stall the page).

// The page's budget {unit: 'sentences' | 'percent', value} in the package's terms.
export function packageBudget(budget) {
  if (!budget) return undefined;
  if (budget.unit === 'percent') return { ratio: Math.min(1, Math.max(0.01, budget.value / 100)) };
  return { sentences: Math.max(1, Math.round(budget.value)) };
}

// Drops the text (the page has it) and the token objects; sends tokens as three columns.
export function packAnalysis(analysis, tokenKinds) {
  const { text, tokens, sentenceVectors, ...rest } = analysis;
  const count = tokens.length;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  const kinds = new Uint8Array(count);
  const kindCodes = new Map(tokenKinds.map((kind, index) => [kind, index]));
  for (let i = 0; i < count; i++) {
    starts[i] = tokens[i].start;
    ends[i] = tokens[i].end;
    kinds[i] = kindCodes.get(tokens[i].kind) ?? 255;
  }
  const packed = { ...rest, tokenColumns: { starts, ends, kinds, kindNames: [...tokenKinds] } };
  return { packed, transfer: [starts.buffer, ends.buffer, kinds.buffer] };
}

// The page's view of tokens: {count, start(i), end(i), kind(i)} over the columns.
export function tokenView(columns) {
  const { starts, ends, kinds, kindNames } = columns;
  return {
    count: starts.length,
    start: (i) => starts[i],
    end: (i) => ends[i],
    kind: (i) => kindNames[kinds[i]] ?? 'other',
  };
}
