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
import {
  SENTENCE_FEATURES, budgetArguments, expandKeyphrases, expandScoredSentences, expandSummary,
} from './summary.js';

export { SENTENCE_FEATURES };

// Token objects from the core's arrays. Each distinct key is one string shared by all its
// tokens (tokenKeyIds indexes them; 0xFFFFFFFF: whitespace, no key), so that a long text
// makes one object per token and not also one string per token.
const NO_KEY = 0xFFFFFFFF;
function expandTokens(raw) {
  const keyEnds = raw.tokenKeyEnds;
  const keys = new Array(keyEnds.length);
  for (let k = 0, keyStart = 0; k < keys.length; k++) {
    keys[k] = raw.tokenKeys.slice(keyStart, keyEnds[k]);
    keyStart = keyEnds[k];
  }
  const bounds = raw.tokens;
  const kinds = raw.tokenKinds;
  const ids = raw.tokenKeyIds;
  const tokens = new Array(kinds.length);
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i];
    tokens[i] = id === NO_KEY
      ? { start: bounds[2 * i], end: bounds[2 * i + 1], kind: TOKEN_KINDS[kinds[i]] }
      : { start: bounds[2 * i], end: bounds[2 * i + 1], kind: TOKEN_KINDS[kinds[i]], key: keys[id] };
  }
  return tokens;
}

function expandParagraphs(raw) {
  const paragraphs = [];
  for (let i = 0; i < raw.paragraphs.length; i += 2) {
    paragraphs.push({
      start: raw.paragraphs[i], end: raw.paragraphs[i + 1], kind: PARAGRAPH_KINDS[raw.paragraphKinds[i / 2]],
    });
  }
  return paragraphs;
}

function expandSentenceSpans(raw) {
  const sentences = [];
  for (let i = 0; i < raw.sentences.length; i += 3) {
    sentences.push({ start: raw.sentences[i], end: raw.sentences[i + 1], paragraph: raw.sentences[i + 2] });
  }
  return sentences;
}

function expandAnalysis(text, raw) {
  const paragraphs = expandParagraphs(raw);
  const sentences = expandScoredSentences(raw);
  const analysis = {
    text, paragraphs, sentences, tokens: null, ...expandAnnotationResults(raw, paragraphs),
    keyphrases: expandKeyphrases(raw), summary: expandSummary(sentences, raw),
  };
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

// analysis.summarize(budget): re-selects over the scores and sentence vectors that the
// core already computed (no segmentation, no scoring), so a page can move a slider cheaply.
function attachSummarize(core, analysis, raw) {
  Object.defineProperty(analysis, 'summarize', {
    enumerable: false,
    value(budget) {
      const selected = core.select(analysis.text, raw.sentences, raw.sentenceScores, raw.sentenceFlags,
        raw.vectorOffsets, raw.vectorTerms, raw.vectorWeights, ...budgetArguments(budget));
      if (!selected.ok) throw new Error(`precis: ${selected.error}`);
      return expandSummary(analysis.sentences, selected);
    },
  });
  return analysis;
}

function checkText(method, text) {
  if (typeof text !== 'string') {
    throw new TypeError(`precis: ${method}() expects a string, got ${text === null ? 'null' : typeof text}`);
  }
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
    // The words alone (as analyze(text).tokens), without sentences, ranking or annotations.
    tokenize(text) {
      checkText('tokenize', text);
      const raw = core.tokenize(text, maxInputLength, wordStyle);
      if (!raw.ok) throw new Error(`precis: ${raw.error}`);
      return expandTokens(raw);
    },
    // The same tokens as typed arrays (no keys): starts, ends and kinds (indices into
    // TOKEN_KINDS), for long texts, workers (the buffers are transferable) and highlighting.
    tokenSpans(text) {
      checkText('tokenSpans', text);
      const raw = core.tokenSpans(text, maxInputLength, wordStyle);
      if (!raw.ok) throw new Error(`precis: ${raw.error}`);
      return { length: raw.kinds.length, starts: raw.starts, ends: raw.ends, kinds: raw.kinds };
    },
    // The sentences alone (spans and paragraph indices, as in analyze()), without words or scores.
    sentences(text) {
      checkText('sentences', text);
      const raw = core.splitSentences(text, maxInputLength);
      if (!raw.ok) throw new Error(`precis: ${raw.error}`);
      return expandSentenceSpans(raw);
    },
    analyze(text, analyzeOptions = {}) {
      checkText('analyze', text);
      if (analyzeOptions === null || typeof analyzeOptions !== 'object') {
        throw new TypeError('precis: analyze() options must be an object');
      }
      const budget = budgetArguments(analyzeOptions.summary);
      const maxKeyphrases = analyzeOptions.maxKeyphrases ?? 20;
      if (!Number.isInteger(maxKeyphrases) || maxKeyphrases < 0) {
        throw new RangeError(`precis: maxKeyphrases must be a non-negative integer, got ${maxKeyphrases}`);
      }
      const raw = core.analyze(text, maxInputLength, wordStyle, ...budget, maxKeyphrases);
      if (!raw.ok) throw new Error(`precis: ${raw.error}`);
      return attachSummarize(core, expandAnalysis(text, raw), raw);
    },
  };
}
