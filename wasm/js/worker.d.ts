// Types of precis/worker: the analyzer's API, asynchronous, running in a Worker. Results are
// structured clones of what precis's analyze() returns (see Analysis in ./index.js).
import type { Analysis, AnalyzerOptions, SentenceSpan, Token, TokenSpans } from './index.js';

export type {
  Analysis, AnalyzerOptions, AssetSource, Paragraph, Sentence, SentenceSpan, Span, Token, TokenKind, TokenSpans,
} from './index.js';
export { TOKEN_KINDS } from './index.js';

export interface WorkerAnalyzerOptions extends AnalyzerOptions {
  /**
   * Makes the worker yourself (browsers only), for example to load the worker script from
   * elsewhere: `() => new Worker('/static/precis/worker-thread.js', { type: 'module' })`.
   * It must run precis's dist/worker-thread.js (exported as "precis/dist/worker-thread.js")
   * as a module worker.
   */
  createWorker?: () => Worker;
}

export interface AnalyzeRequestOptions {
  /** Options of the analyzer's own analyze(), passed on to it in the worker (structured-cloned). */
  [option: string]: unknown;
  /**
   * Cancels the request: the promise rejects with the signal's reason (an AbortError by
   * default) and the worker is stopped and restarted; other waiting requests carry on.
   */
  signal?: AbortSignal;
}

export interface LightRequestOptions {
  /** Cancels the request, as for analyze(). */
  signal?: AbortSignal;
}

export interface WorkerAnalyzer {
  /**
   * Analyzes a text in the worker (loading any dictionaries it needs first). Rejects with a
   * TypeError for a non-string, an Error starting with "precis:" for bad input.
   */
  analyze(text: string, options?: AnalyzeRequestOptions): Promise<Analysis>;
  /** The words alone in the worker, as the analyzer's tokenize(). Rejects as analyze() does. */
  tokenize(text: string, options?: LightRequestOptions): Promise<Token[]>;
  /**
   * The words as typed arrays in the worker, as the analyzer's tokenSpans(); the arrays'
   * buffers are transferred from the worker, not copied. Rejects as analyze() does.
   */
  tokenSpans(text: string, options?: LightRequestOptions): Promise<TokenSpans>;
  /** The sentences alone in the worker, as the analyzer's sentences(). Rejects as analyze() does. */
  sentences(text: string, options?: LightRequestOptions): Promise<SentenceSpan[]>;
  /** Stops the worker; waiting and later requests reject. */
  terminate(): void;
}

/**
 * Starts a worker (a module Web Worker in browsers, a worker_threads Worker in Node) and
 * resolves once it has loaded the analyzer; rejects with an Error naming any asset it cannot
 * load. In Node an idle worker does not keep the process running.
 */
export declare function createWorkerAnalyzer(options?: WorkerAnalyzerOptions): Promise<WorkerAnalyzer>;
