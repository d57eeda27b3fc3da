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
  | 'other'
  | 'url'
  | 'email';

export declare const TOKEN_KINDS: readonly TokenKind[];

/**
 * body: running text; heading: a Markdown `#` line, a numbered section title or a short line
 * without sentence-final punctuation; image: an image or its placeholder (`![](...)`,
 * `[圖片]`, `[image]`); list-item: a line opening with a bullet or an enumerator
 * (`- `, `• `, `1. `, `2) `, `一、`, `(a) `).
 */
export type ParagraphKind = 'body' | 'heading' | 'image' | 'list-item';

export declare const PARAGRAPH_KINDS: readonly ParagraphKind[];

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** A heading or image paragraph is exactly one sentence. */
  kind: ParagraphKind;
}

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

/** A sentence as Analyzer.sentences() returns it: its span and paragraph, without a score. */
export interface SentenceSpan extends Span {
  /** Index of the paragraph (as in Analysis.paragraphs) that holds the sentence. */
  paragraph: number;
}

export type SentenceFeature =
  /**
   * LexRank centrality on the sparse TF-IDF sentence graph, relative to the article's best; in a
   * short post (under about 150 words), closeness to the rest of the post (centroid similarity).
   */
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

export type AnnotationKind = 'quantity' | 'date' | 'quotation' | 'person' | 'organization' | 'place';
export declare const ANNOTATION_KINDS: readonly AnnotationKind[];

export interface QuantityAnnotation extends Span {
  kind: 'quantity';
  /** The number with its written multipliers applied: 三千萬 → 30000000, $1.2 billion → 1.2e9, 14.5% → 14.5. */
  value: number;
  /** The unit as a lookup key: '元', '%', '家', 'USD', 'TWD', 'MW', 'percentage point', ...; '' when bare. */
  unit: string;
}

export interface DateAnnotation extends Span {
  kind: 'date';
  /**
   * ISO 8601 where it applies: '2026-03-12', '2024', '2026-09', '--11-05' (no year), '---05' (day only),
   * '2028-Q2', 'Q2', '2024-H1', '2027-mid' / '-early' / '-late', '1990s', weekday names ('tuesday'),
   * clock times ('15:30'); '' for relative dates (今天, 去年, last year).
   */
  normalized: string;
}

export interface Speaker extends Span {
  /** The speaker's name as a lookup key (for 他/she, the person it refers to). */
  name: string;
}

export interface QuotationAnnotation extends Span {
  kind: 'quotation';
  /** The quotation marks are inside the span. The speaker's mention, or null when none is named next to it. */
  speaker: Speaker | null;
}

export interface NameAnnotation extends Span {
  kind: 'person' | 'organization' | 'place';
  /** The name as a lookup key: the text of the span. */
  normalized: string;
}

export type Annotation = QuantityAnnotation | DateAnnotation | QuotationAnnotation | NameAnnotation;

/** Highlight layers: within a layer spans never overlap; layers may. */
export type HighlightLayer = 'sentence' | 'keyphrase' | 'quotation' | 'entity';
export declare const HIGHLIGHT_LAYERS: readonly HighlightLayer[];
export type HighlightKind = AnnotationKind | 'key-sentence' | 'keyphrase';
export declare const HIGHLIGHT_KINDS: readonly HighlightKind[];

export interface Highlight extends Span {
  layer: HighlightLayer;
  kind: HighlightKind;
  /** In [0, 1]: how much the span matters (rank scores; fixed weights by kind for annotations). */
  score: number;
  /** Key sentences only: 0 for the best sentence of the summary, 1 for the next, ... */
  rank?: number;
  /** Quotation and entity layers: the index into Analysis.annotations. */
  annotation?: number;
}

export type LanguageCode = 'zh-Hant' | 'zh-Hans' | 'en' | 'ja' | 'other';
export declare const LANGUAGES: readonly LanguageCode[];

export interface ParagraphLanguage extends Span {
  language: LanguageCode;
  /** In [0, 1]: the share of the letters that supports the guess. */
  confidence: number;
}

export interface LanguageInfo {
  /** Of the whole text. 'en' stands for any Latin-script text. */
  language: LanguageCode;
  confidence: number;
  /** One per paragraph, in order, for mixed texts. */
  paragraphs: ParagraphLanguage[];
}

export interface TextStats {
  /** Code points other than white space. */
  characters: number;
  /** Han, kana and Hangul code points. */
  cjkCharacters: number;
  /** Word, number, ideographic and kana tokens. */
  words: number;
  sentences: number;
  paragraphs: number;
  /** At 300 CJK characters and 230 other words a minute, rounded up. */
  readingSeconds: number;
  /** False for texts over 8 Mi UTF-16 code units: their annotations and highlights are left empty. */
  annotated: boolean;
}

export interface Analysis {
  /** The analyzed text, unchanged. */
  text: string;
  /**
   * In order, trimmed: split at line breaks, except that a line wrapped mid-sentence (the
   * next line opens in lower case, or the line ends in a comma or a Japanese case particle)
   * continues its paragraph.
   */
  paragraphs: Paragraph[];
  /** In order; each lies inside its paragraph. */
  sentences: Sentence[];
  /** In order; together they cover the whole text exactly. */
  tokens: Token[];
  /** Sorted by start; entities never overlap each other, quotations may contain entities. */
  annotations: Annotation[];
  /** The page's highlight list: sorted by start, then layer. */
  highlights: Highlight[];
  language: LanguageInfo;
  stats: TextStats;
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
  /** Longer texts are refused with an Error; default 8 Mi (8,388,608) UTF-16 code units, which the costliest texts fit in the module's 2 GiB of memory. An integer from 1 to 2^31-1, else createAnalyzer rejects with a RangeError. */
  maxInputLength?: number;
  /**
   * 'refined' (default): ICU's dictionary segmentation refined (numbers with their units and
   * dates whole, URLs and e-mail addresses, in-document new words); 'standard': refined, but
   * cut as the SIGHAN segmentation standards do (5000 家, 2026年 3月 12日, 也 是, 他 的;
   * Traditional text by Academia Sinica's standard, Simplified by Peking University's); 'icu': ICU's
   * segmentation alone.
   */
  words?: 'refined' | 'standard' | 'icu';
}

/** For tests and diagnostics only: the wasm heap, in bytes. Not a stable API. */
export interface HeapStats {
  /** Bytes currently allocated with malloc inside the module. */
  allocatedBytes: number;
  /** Size of the module's WebAssembly memory (it only grows). */
  memoryBytes: number;
}

/** Tokens as parallel typed arrays (see Analyzer.tokenSpans). */
export interface TokenSpans {
  /** The number of tokens. */
  length: number;
  /** UTF-16 offset where each token starts. */
  starts: Uint32Array;
  /** UTF-16 offset where each token ends (exclusive). */
  ends: Uint32Array;
  /** Each token's kind, an index into TOKEN_KINDS. */
  kinds: Uint8Array;
}

export interface Analyzer {
  /**
   * Analyzes a text; throws an Error whose message starts with "precis:" on bad input.
   * Thai, Lao, Khmer and Burmese runs are split into words only once their dictionaries are
   * loaded (see prepare()); until then each such run stays one token.
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * The words of a text alone: the same tokens as analyze(text).tokens, without sentences,
   * ranking or annotations (much faster on long texts). Throws as analyze() does.
   */
  tokenize(text: string): Token[];
  /**
   * The same tokens as tokenize(text) in typed arrays, without keys: token i spans
   * [starts[i], ends[i]) and its kind is TOKEN_KINDS[kinds[i]]. Nothing is made per token
   * on the JS heap, so it is the fastest and leanest way to the words of a long text, and
   * the buffers can be transferred to or from a worker. Throws as analyze() does.
   */
  tokenSpans(text: string): TokenSpans;
  /**
   * The sentences of a text alone: the same spans and paragraph indices as
   * analyze(text).sentences, without words, scores or annotations. Throws as analyze() does.
   */
  sentences(text: string): SentenceSpan[];
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
