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
