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
   * cut as the SIGHAN segmentation standards do (5000 家, 2026年 3月 12日); 'icu': ICU's
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

export interface Analyzer {
  /**
   * Analyzes a text; throws an Error whose message starts with "precis:" on bad input.
   * Thai, Lao, Khmer and Burmese runs are split into words only once their dictionaries are
   * loaded (see prepare()); until then each such run stays one token.
   */
  analyze(text: string): Analysis;
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
