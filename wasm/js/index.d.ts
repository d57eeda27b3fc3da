// Types of the precis package. Every span is [start, end) in UTF-16 code units of the
// analyzed string, so text.slice(start, end) is exactly what it names.

export type TokenKind =
  | 'whitespace'
  | 'punctuation'
  | 'symbol'
  | 'word'
  | 'number'
  | 'ideographic'
  | 'kana'
  | 'other';

export declare const TOKEN_KINDS: readonly TokenKind[];

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {}

export interface Sentence extends Span {
  /** Index into Analysis.paragraphs. */
  paragraph: number;
  /** The sentence's score: the sum of its reasons' contributions; higher is more summary-worthy. */
  score: number;
  /** What made up the score, largest absolute contribution first; zero contributions are left out. */
  reasons: SentenceReason[];
  /** Detected as boilerplate (disclaimer, copyright, subscribe/follow/share/join call, ad). */
  boilerplate: boolean;
  /** May be chosen for a summary: not boilerplate, not a heading, not an image line. */
  eligible: boolean;
}

export type SentenceFeature =
  /** LexRank centrality on the sparse TF-IDF sentence graph, relative to the article's best. */
  | 'centrality'
  /** News position prior: lead sentences and paragraph openings. */
  | 'position'
  /** The weight of the key terms the sentence holds, relative to the article's best. */
  | 'keyphrases'
  /** Penalty: a heading line. */
  | 'heading'
  /** Penalty: an image line or photo credit. */
  | 'image'
  /** Penalty: boilerplate. */
  | 'boilerplate'
  /** Penalty: a question. */
  | 'question'
  /** Penalty: very short or very long. */
  | 'length';

export declare const SENTENCE_FEATURES: readonly SentenceFeature[];

export interface SentenceReason {
  feature: SentenceFeature;
  /** Added to the score (negative for penalties). */
  contribution: number;
}

export interface Keyphrase {
  /** As written in the article (its most frequent spelling). */
  text: string;
  /** Relative importance in (0, 1]; the best keyphrase has 1. */
  score: number;
  /** Every occurrence, including variants with the same key (case, Traditional/Simplified). */
  occurrences: Span[];
}

export interface SummarySentence extends Span {
  /** Index into Analysis.sentences. */
  index: number;
  /** The sentence's score (as Analysis.sentences[index].score). */
  score: number;
  /** 1 for the sentence chosen first, 2 for the next, ... */
  rank: number;
}

export interface Summary {
  /** The chosen sentences in original order. */
  sentences: SummarySentence[];
  /** The chosen sentences joined (no space between CJK sentences, one space otherwise). */
  text: string;
}

/** How long a summary may be: exactly one of the three. The default is {sentences: 3}. */
export type SummaryBudget =
  /** At most this many sentences (a positive integer). */
  | { sentences: number; ratio?: undefined; characters?: undefined }
  /** At most this fraction, in (0, 1], of the eligible sentences (at least one). */
  | { ratio: number; sentences?: undefined; characters?: undefined }
  /** At most this many UTF-16 code units of sentence text. */
  | { characters: number; sentences?: undefined; ratio?: undefined };

export interface AnalyzeOptions {
  /** The summary's budget; default {sentences: 3}. */
  summary?: SummaryBudget;
  /** At most this many keyphrases; default 20. */
  maxKeyphrases?: number;
  /** Ignored by this synchronous analyzer; precis/worker takes it to cancel a request. */
  signal?: AbortSignal;
}

export interface Token extends Span {
  kind: TokenKind;
  /**
   * The token's text as counted: NFKC, case folded, Traditional Chinese folded to
   * Simplified (黃仁勛 and 黄仁勋 share the key 黄仁勋, "ＡＩ" and "ai" share "ai").
   * Present on every token except whitespace. Only a key: the token's text is always
   * text.slice(start, end).
   */
  key?: string;
}

export interface Analysis {
  /** The analyzed text, unchanged. */
  text: string;
  /** Non-blank lines, trimmed, in order. */
  paragraphs: Paragraph[];
  /** In order; each lies inside its paragraph. */
  sentences: Sentence[];
  /** In order; together they cover the whole text exactly. */
  tokens: Token[];
  /** Key terms and phrases, best first. */
  keyphrases: Keyphrase[];
  /** The summary under the budget given to analyze(). */
  summary: Summary;
  /**
   * Chooses the summary again under another budget from the scores and sentence vectors
   * already computed: no segmentation, no scoring, cheap enough for a slider. Throws an
   * Error starting with "precis:" on a bad budget. Present (not enumerable) on what
   * analyze() returns; absent on structured clones such as precis/worker's results.
   */
  summarize?(budget: SummaryBudget): Summary;
}

export type AssetSource = string | URL | Uint8Array | ArrayBuffer;

export interface AnalyzerOptions {
  /** The wasm module's bytes or URL; by default precis-core.wasm next to the package. */
  wasm?: AssetSource;
  /** The ICU data's bytes or URL; by default precis-icu.dat next to the package. */
  icuData?: AssetSource;
  /**
   * The Thai, Lao, Khmer and Burmese word dictionaries (an ICU data package) as bytes or URL;
   * by default precis-icu-sea.dat next to the package. Loaded by prepare(), or at once with
   * `dictionaries: 'all'`.
   */
  seaData?: AssetSource;
  /**
   * 'on-demand' (the default): the Southeast Asian dictionaries load when prepare() sees a
   * text that needs them. 'all': createAnalyzer loads them too.
   */
  dictionaries?: 'on-demand' | 'all';
  /** Maps an asset's file name to the URL to load it from (as sql.js's locateFile). */
  locateFile?: (name: string, defaultUrl: string) => string | URL;
  /** Longer texts are refused with an Error; default 64 Mi UTF-16 code units. */
  maxInputLength?: number;
  /**
   * 'refined' (default): ICU's dictionary segmentation refined (numbers with units, dates,
   * URLs and e-mail addresses, in-document new words); 'icu': ICU's segmentation alone.
   */
  words?: 'refined' | 'icu';
}

/** For tests and diagnostics only: the wasm heap, in bytes. Not a stable API. */
export interface HeapStats {
  /** Bytes currently allocated with malloc inside the module. */
  allocatedBytes: number;
  /** Size of the module's WebAssembly memory (it only grows). */
  memoryBytes: number;
}

export interface Analyzer {
  /**
   * Analyzes a text; throws an Error whose message starts with "precis:" on bad input.
   * Thai, Lao, Khmer and Burmese runs are split into words only once their dictionaries are
   * loaded (see prepare()); until then each such run stays one token.
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * Loads the dictionaries that `text` needs and that are not loaded yet (all of them when
   * called without a text). Resolves at once when there is nothing to load; rejects with an
   * Error naming the URL when a dictionary cannot be loaded.
   */
  prepare(text?: string): Promise<void>;
  /** For tests and diagnostics only (see HeapStats). */
  heapStats(): HeapStats;
}

/** Loads the wasm core and the ICU data; rejects with an Error naming any asset it cannot load. */
export declare function createAnalyzer(options?: AnalyzerOptions): Promise<Analyzer>;
