// precis/element: <precis-article>, a custom element that analyzes a text (in a worker by
// default) and shows it with its summary, key sentences and highlights, styleable by ::part.
import { buildArticle } from './article-dom.js';

const STYLE = `
:host { display: block; font: var(--precis-font, inherit); color: var(--precis-color, inherit);
  line-height: var(--precis-line-height, 1.7); }
:host([hidden]) { display: none; }
[part~="summary"] { background: var(--precis-summary-background, #f4f6fb);
  border-inline-start: var(--precis-summary-border, 4px solid #4a6fd6);
  padding: var(--precis-summary-padding, 0.5em 1em); margin: 0 0 1em; }
[part~="summary-heading"] { font-size: 1em; margin: 0 0 0.25em; }
[part~="summary-list"] { margin: 0; padding-inline-start: 1.5em; }
[part~="paragraph"] { margin: 0 0 var(--precis-paragraph-spacing, 0.8em); }
[part~="key-sentence"] { background: var(--precis-key-sentence-background, #fff4c2);
  text-decoration: var(--precis-key-sentence-decoration, none); }
[part~="highlight"] { background: var(--precis-highlight-background, transparent);
  color: inherit; border-bottom: var(--precis-highlight-underline, 2px solid #e0a500); }
[part~="highlight-keyphrase"] { border-bottom-color: var(--precis-keyphrase-color, #e0a500); }
[part~="highlight-person"] { border-bottom-color: var(--precis-person-color, #2f6fde); }
[part~="highlight-organization"] { border-bottom-color: var(--precis-organization-color, #8a4fd6); }
[part~="highlight-place"] { border-bottom-color: var(--precis-place-color, #1f9d6b); }
[part~="highlight-quantity"] { border-bottom-color: var(--precis-quantity-color, #d9822b); }
[part~="highlight-date"] { border-bottom-color: var(--precis-date-color, #c2410c); }
[part~="highlight-quotation"] { border-bottom-color: var(--precis-quotation-color, #6b7280); }
`;

let sheet = null;
let sharedAnalyzer = null;
// One worker analyzer for every element on the page that was not given an analyzer.
async function defaultAnalyzer() {
  sharedAnalyzer ??= import('./worker.js').then(({ createWorkerAnalyzer }) => createWorkerAnalyzer());
  sharedAnalyzer.catch(() => { sharedAnalyzer = null; });
  return sharedAnalyzer;
}

// Importable anywhere (Node included); the element itself needs a DOM.
const Base = globalThis.HTMLElement ?? class {};

export class PrecisArticleElement extends Base {
  #analysis = null;
  #text = null;
  #analyzer = null;
  #controller = null;
  #generation = 0;
  #pending = null;
  #analyzeOptions = {};

  static get observedAttributes() { return ['summary-label']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    // A constructed style sheet, not a <style> element, so that a page whose
    // Content-Security-Policy forbids inline styles still styles the element.
    if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in this.shadowRoot) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLE);
      }
      this.shadowRoot.adoptedStyleSheets = [sheet];
    }
  }

  connectedCallback() {
    // Without a text or an analysis of its own, the element analyzes the text it contains;
    // while the page is still being parsed that text may not be there yet.
    if (this.#analysis === null && this.#text === null) {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.#adoptOwnText(), { once: true });
      } else {
        this.#adoptOwnText();
      }
    }
    this.#render();
  }

  #adoptOwnText() {
    if (this.#analysis === null && this.#text === null && this.textContent.trim()) this.text = this.textContent;
  }

  attributeChangedCallback() {
    this.#render();
  }

  /** The analysis shown; setting it renders it as is. */
  get analysis() { return this.#analysis; }
  set analysis(value) {
    this.#cancel();
    this.#analysis = value ?? null;
    this.#text = value?.text ?? null;
    this.#render();
  }

  /** The text shown; setting it starts an analysis (the previous one is cancelled). */
  get text() { return this.#text; }
  set text(value) {
    this.#cancel();
    this.#text = value === null || value === undefined ? null : String(value);
    this.#analysis = null;
    if (this.#text === null) { this.#render(); return; }
    this.#analyze(this.#text);
  }

  /** Options for the analyzer's analyze() (e.g. a summary budget), used from the next text on. */
  get analyzeOptions() { return this.#analyzeOptions; }
  set analyzeOptions(value) { this.#analyzeOptions = value ?? {}; }

  /** What analyzes texts: anything with analyze(text, {signal}) returning an analysis or a promise of one. */
  get analyzer() { return this.#analyzer; }
  set analyzer(value) { this.#analyzer = value ?? null; }

  /** Resolves when the current text is analyzed and shown. */
  get updateComplete() { return this.#pending ?? Promise.resolve(); }

  #cancel() {
    this.#generation += 1;
    this.#controller?.abort();
    this.#controller = null;
  }

  #analyze(text) {
    const generation = this.#generation;
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    this.#controller = controller;
    this.#pending = (async () => {
      try {
        const analyzer = this.#analyzer ?? (await defaultAnalyzer());
        const analysis = await analyzer.analyze(text, { ...this.#analyzeOptions, signal: controller?.signal });
        if (generation !== this.#generation) return;
        this.#analysis = analysis;
        this.#render();
        this.dispatchEvent(new CustomEvent('precis-analyzed', { detail: { analysis } }));
      } catch (error) {
        if (generation !== this.#generation) return;  // superseded: not an error
        this.dispatchEvent(new CustomEvent('precis-error', { detail: { error } }));
      }
    })();
  }

  #render() {
    if (!this.shadowRoot) return;
    let style = null;
    if (this.shadowRoot.adoptedStyleSheets?.length !== 1) {
      style = document.createElement('style');
      style.textContent = STYLE;
    }
    if (!this.#analysis) {
      this.shadowRoot.replaceChildren(...[style].filter(Boolean));
      return;
    }
    const label = this.getAttribute('summary-label') ?? 'Summary';
    const { summary, article } = buildArticle(document, this.#analysis, { summaryLabel: label });
    this.shadowRoot.replaceChildren(...[style, summary, article].filter(Boolean));
  }
}

/** Registers the element under `name` (default precis-article) unless that name is taken. */
export function definePrecisArticle(name = 'precis-article') {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(name)) customElements.define(name, name === 'precis-article' ? PrecisArticleElement : class extends PrecisArticleElement {});
}

definePrecisArticle();
