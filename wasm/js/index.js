// The precis package: createAnalyzer() loads the wasm core and the ICU data once, then
// analyze(text) returns paragraphs, sentences and tokens as UTF-16 [start, end) spans.
import createPrecisModule from './precis-core.js';
import { loadAsset } from './assets.js';
import { needsSoutheastAsianData } from './dictionaries.js';
import { PARAGRAPH_KINDS, TOKEN_KINDS } from './kinds.js';
import {
  ANNOTATION_KINDS, HIGHLIGHT_KINDS, HIGHLIGHT_LAYERS, LANGUAGES, expandAnnotationResults,
} from './annotations.js';
import { guardModule } from './guard.js';
import { DEFAULT_MAX_INPUT_LENGTH, checkMaxInputLength } from './limits.js';

export { PARAGRAPH_KINDS, TOKEN_KINDS };
export { ANNOTATION_KINDS, HIGHLIGHT_KINDS, HIGHLIGHT_LAYERS, LANGUAGES };

function expandTokens(raw) {
  const tokens = new Array(raw.tokenKinds.length);
  let keyStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    tokens[i] = { start: raw.tokens[2 * i], end: raw.tokens[2 * i + 1], kind: TOKEN_KINDS[raw.tokenKinds[i]] };
    const keyEnd = raw.tokenKeyEnds[i];
    if (tokens[i].kind !== 'whitespace') tokens[i].key = raw.tokenKeys.slice(keyStart, keyEnd);
    keyStart = keyEnd;
  }
  return tokens;
}

function expandAnalysis(text, raw) {
  const paragraphs = [];
  for (let i = 0; i < raw.paragraphs.length; i += 2) {
    paragraphs.push({
      start: raw.paragraphs[i], end: raw.paragraphs[i + 1], kind: PARAGRAPH_KINDS[raw.paragraphKinds[i / 2]],
    });
  }
  const sentences = [];
  for (let i = 0; i < raw.sentences.length; i += 3) {
    sentences.push({ start: raw.sentences[i], end: raw.sentences[i + 1], paragraph: raw.sentences[i + 2] });
  }
  const analysis = { text, paragraphs, sentences, tokens: null, ...expandAnnotationResults(raw, paragraphs) };
  // Tokens are the bulk of a result (an object and a key string each): they are made on
  // first read, so a caller who only wants sentences never pays for them. Once read, the
  // property is a plain enumerable value; JSON and structured clone read it like any other.
  let pending = raw;
  const settle = (value) => {
    pending = null;
    Object.defineProperty(analysis, 'tokens', { value, enumerable: true, configurable: true, writable: true });
  };
  Object.defineProperty(analysis, 'tokens', {
    enumerable: true,
    configurable: true,
    get() {
      const tokens = expandTokens(pending);
      settle(tokens);
      return tokens;
    },
    set: settle,
  });
  return analysis;
}

export async function createAnalyzer(options = {}) {
  checkMaxInputLength(options.maxInputLength);
  const [wasmBinary, icuData] = await Promise.all([
    loadAsset('wasm', options.wasm, options.locateFile),
    loadAsset('icuData', options.icuData, options.locateFile),
  ]);
  let core;
  try {
    core = guardModule(await createPrecisModule({ wasmBinary, print: () => {}, printErr: () => {} }));
  } catch (error) {
    throw new Error(`precis: cannot instantiate the WebAssembly module: ${error.message ?? error}`);
  }
  const loaded = core.useIcuData(icuData);
  if (!loaded.ok) throw new Error(`precis: ${loaded.error}`);
  const maxInputLength = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  // The numeric codes are precis::WordStyle in core/include/precis/analyzer.h.
  const wordStyle = { icu: 0, refined: 1, standard: 2 }[options.words ?? 'refined'];
  if (wordStyle === undefined) {
    throw new Error(`precis: options.words must be 'refined', 'standard' or 'icu', got ${JSON.stringify(options.words)}`);
  }

  // The Thai, Lao, Khmer and Burmese dictionaries ship apart (precis-icu-sea.dat) and load
  // once, when a text needs them or when asked; ICU then searches both packages.
  let seaData = null;
  const loadSeaData = () => {
    seaData ??= loadAsset('seaData', options.seaData, options.locateFile).then((bytes) => {
      const added = core.useIcuData(bytes);
      if (!added.ok) throw new Error(`precis: ${added.error}`);
    });
    seaData.catch(() => { seaData = null; });  // a failed load may be retried
    return seaData;
  };
  if (options.dictionaries === 'all') await loadSeaData();

  return {
    async prepare(text) {
      if (text === undefined || needsSoutheastAsianData(String(text))) await loadSeaData();
    },
    heapStats() {
      return core.heapStats();
    },
    analyze(text) {
      if (typeof text !== 'string') {
        throw new TypeError(`precis: analyze() expects a string, got ${text === null ? 'null' : typeof text}`);
      }
      const raw = core.analyze(text, maxInputLength, wordStyle);
      if (!raw.ok) throw new Error(`precis: ${raw.error}`);
      return expandAnalysis(text, raw);
    },
  };
}
