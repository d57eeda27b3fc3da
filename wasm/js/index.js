// The precis package: createAnalyzer() loads the wasm core and the ICU data once, then
// analyze(text) returns paragraphs, sentences and tokens as UTF-16 [start, end) spans.
import createPrecisModule from './precis-core.js';
import { loadAsset } from './assets.js';
import { needsSoutheastAsianData } from './dictionaries.js';
import { TOKEN_KINDS } from './kinds.js';
import {
  SENTENCE_FEATURES, addSentenceScores, budgetArguments, expandKeyphrases, expandSummary,
} from './summary.js';

export { TOKEN_KINDS, SENTENCE_FEATURES };

const DEFAULT_MAX_INPUT_LENGTH = 64 * 1024 * 1024;

function expandAnalysis(text, raw) {
  const paragraphs = [];
  for (let i = 0; i < raw.paragraphs.length; i += 2) {
    paragraphs.push({ start: raw.paragraphs[i], end: raw.paragraphs[i + 1] });
  }
  const sentences = [];
  for (let i = 0; i < raw.sentences.length; i += 3) {
    sentences.push({ start: raw.sentences[i], end: raw.sentences[i + 1], paragraph: raw.sentences[i + 2] });
  }
  const tokens = new Array(raw.tokenKinds.length);
  let keyStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    tokens[i] = { start: raw.tokens[2 * i], end: raw.tokens[2 * i + 1], kind: TOKEN_KINDS[raw.tokenKinds[i]] };
    const keyEnd = raw.tokenKeyEnds[i];
    if (tokens[i].kind !== 'whitespace') tokens[i].key = raw.tokenKeys.slice(keyStart, keyEnd);
    keyStart = keyEnd;
  }
  addSentenceScores(sentences, raw);
  return { text, paragraphs, sentences, tokens, keyphrases: expandKeyphrases(raw), summary: expandSummary(sentences, raw) };
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
  if (options.words !== undefined && options.words !== 'refined' && options.words !== 'icu') {
    throw new Error(`precis: options.words must be 'refined' or 'icu', got ${JSON.stringify(options.words)}`);
  }
  const refineWords = options.words !== 'icu';

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
    analyze(text, analyzeOptions = {}) {
      if (typeof text !== 'string') {
        throw new TypeError(`precis: analyze() expects a string, got ${text === null ? 'null' : typeof text}`);
      }
      if (analyzeOptions === null || typeof analyzeOptions !== 'object') {
        throw new TypeError('precis: analyze() options must be an object');
      }
      const budget = budgetArguments(analyzeOptions.summary);
      const maxKeyphrases = analyzeOptions.maxKeyphrases ?? 20;
      if (!Number.isInteger(maxKeyphrases) || maxKeyphrases < 0) {
        throw new RangeError(`precis: maxKeyphrases must be a non-negative integer, got ${maxKeyphrases}`);
      }
      const raw = core.analyze(text, maxInputLength, refineWords, ...budget, maxKeyphrases);
      if (!raw.ok) throw new Error(`precis: ${raw.error}`);
      return attachSummarize(core, expandAnalysis(text, raw), raw);
    },
  };
}
