// Types of precis/element: the <precis-article> custom element. Importing the module
// registers the element (when the page has customElements).
import type { Analysis } from './index.js';
import type { AnalyzeRequestOptions } from './worker.js';

/** What the element analyzes texts with: precis's Analyzer or WorkerAnalyzer, or your own. */
export interface ArticleAnalyzer {
  analyze(text: string, options?: AnalyzeRequestOptions): Analysis | Promise<Analysis>;
}

export interface PrecisAnalyzedEventDetail {
  analysis: Analysis;
}

export interface PrecisErrorEventDetail {
  error: unknown;
}

/**
 * <precis-article>: shows a text with its summary, key sentences and highlights.
 *
 * Parts: summary, summary-heading, summary-list, summary-sentence, article, paragraph,
 * sentence, key-sentence, highlight, and highlight-KIND for each highlight kind or layer.
 * Custom properties: --precis-font, --precis-color, --precis-line-height,
 * --precis-summary-background, --precis-summary-border, --precis-summary-padding,
 * --precis-paragraph-spacing, --precis-key-sentence-background,
 * --precis-key-sentence-decoration, --precis-highlight-background, --precis-highlight-underline,
 * and the underline colour of each kind: --precis-keyphrase-color, --precis-person-color,
 * --precis-organization-color, --precis-place-color, --precis-quantity-color,
 * --precis-date-color, --precis-quotation-color.
 * Attribute: summary-label (the summary's heading, default "Summary").
 * Events: precis-analyzed (detail.analysis), precis-error (detail.error).
 */
export declare class PrecisArticleElement extends HTMLElement {
  /** The analysis shown; setting it renders it as is (and sets text to its text). */
  analysis: Analysis | null;
  /** The text shown; setting it analyzes it (cancelling an analysis still running). */
  text: string | null;
  /** Options passed to the analyzer's analyze() with each text (such as a summary budget). */
  analyzeOptions: Record<string, unknown>;
  /** Analyzes texts; by default one shared createWorkerAnalyzer() for the page. */
  analyzer: ArticleAnalyzer | null;
  /** Resolves when the text set last is analyzed and shown (or has failed). */
  readonly updateComplete: Promise<void>;
}

/** Registers the element under `name` (default "precis-article") unless the name is taken. */
export declare function definePrecisArticle(name?: string): void;

declare global {
  interface HTMLElementTagNameMap {
    'precis-article': PrecisArticleElement;
  }
  interface HTMLElementEventMap {
    'precis-analyzed': CustomEvent<PrecisAnalyzedEventDetail>;
    'precis-error': CustomEvent<PrecisErrorEventDetail>;
  }
}
