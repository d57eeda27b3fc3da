// The precis package: createAnalyzer() loads the wasm core and the ICU data once, then
// analyze(text) returns paragraphs, sentences and tokens as UTF-16 [start, end) spans.
import createPrecisModule from './precis-core.js';
import { loadAsset } from './assets.js';
import { TOKEN_KINDS } from './kinds.js';

export { TOKEN_KINDS };

const DEFAULT_MAX_INPUT_LENGTH = 64 * 1024 * 1024;

// raw.paragraphs, raw.sentences and raw.tokens hold structs of 32-bit words one after
// another (raw.strides gives words per struct); a token's kind is the low byte of its third.
function expandTokens(spans, stride) {
  const tokens = new Array(spans.length / stride);
  for (let i = 0, w = 0; i < tokens.length; i++, w += stride) {
    tokens[i] = { start: spans[w], end: spans[w + 1], kind: TOKEN_KINDS[spans[w + 2] & 0xff] };
  }
  return tokens;
}

function expandAnalysis(text, raw) {
  const [paragraphStride, sentenceStride, tokenStride] = raw.strides;
  const paragraphs = [];
  for (let w = 0; w < raw.paragraphs.length; w += paragraphStride) {
    paragraphs.push({ start: raw.paragraphs[w], end: raw.paragraphs[w + 1] });
  }
  const sentences = [];
  for (let w = 0; w < raw.sentences.length; w += sentenceStride) {
    sentences.push({ start: raw.sentences[w], end: raw.sentences[w + 1], paragraph: raw.sentences[w + 2] });
  }
  const analysis = { text, paragraphs, sentences, tokens: null };
  // Tokens are the bulk of a result (one object each): they are made on first read, so a
  // caller who only wants sentences never pays for them. The property stays an enumerable
  // plain value afterwards, for JSON and structured clone alike.
  let spans = raw.tokens;
  Object.defineProperty(analysis, 'tokens', {
    enumerable: true,
    configurable: true,
    get() {
      const tokens = expandTokens(spans, tokenStride);
      spans = null;
      Object.defineProperty(analysis, 'tokens', { value: tokens, enumerable: true, configurable: true, writable: true });
      return tokens;
    },
    set(value) {
      spans = null;
      Object.defineProperty(analysis, 'tokens', { value, enumerable: true, configurable: true, writable: true });
    },
  });
  return analysis;
}

export async function createAnalyzer(options = {}) {
  const [wasmBinary, icuData] = await Promise.all([
    loadAsset('wasm', options.wasm, options.locateFile),
    loadAsset('icuData', options.icuData, options.locateFile),
  ]);
  let core;
  try {
    core = await createPrecisModule({ wasmBinary, print: () => {}, printErr: () => {} });
  } catch (error) {
    throw new Error(`precis: cannot instantiate the WebAssembly module: ${error.message ?? error}`);
  }
  const loaded = core.useIcuData(icuData);
  if (!loaded.ok) throw new Error(`precis: ${loaded.error}`);
  const maxInputLength = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;

  return {
    analyze(text) {
      if (typeof text !== 'string') {
        throw new TypeError(`precis: analyze() expects a string, got ${text === null ? 'null' : typeof text}`);
      }
      const raw = core.analyze(text, maxInputLength);
      if (!raw.ok) throw new Error(`precis: ${raw.error}`);
      return expandAnalysis(text, raw);
    },
  };
}
