// A program using every entry point of the package as a user would, type-checked by
// tests/js/types.test.js with `tsc --noEmit` against the hand-written .d.ts files.
import { createAnalyzer, TOKEN_KINDS, type Analysis, type Analyzer, type Token, type TokenKind } from 'precis';
import { ANNOTATION_KINDS, LANGUAGES, type AnnotationKind, type HighlightLayer, type LanguageCode } from 'precis';
import { PARAGRAPH_KINDS, type ParagraphKind } from 'precis';
import { createWorkerAnalyzer, type WorkerAnalyzer } from 'precis/worker';
import { definePrecisArticle, PrecisArticleElement, type ArticleAnalyzer } from 'precis/element';

export async function main(wasmBytes: Uint8Array): Promise<string[]> {
  const analyzer: Analyzer = await createAnalyzer({
    wasm: wasmBytes,
    icuData: new URL('https://example.com/precis-icu.dat'),
    seaData: '/assets/precis-icu-sea.dat',
    locateFile: (name, defaultUrl) => (name.endsWith('.dat') ? `/data/${name}` : defaultUrl),
    maxInputLength: 1 << 20,
    dictionaries: 'on-demand',
  });
  const text = '我們喜歡學習中文。Shares rose 3.5%.';
  await analyzer.prepare(text);
  const analysis: Analysis = analyzer.analyze(text);
  const words: string[] = analysis.tokens
    .filter((token: Token) => token.kind !== 'whitespace')
    .map((token) => text.slice(token.start, token.end));
  const firstParagraph: number = analysis.sentences[0].paragraph;
  const kinds: readonly TokenKind[] = TOKEN_KINDS;
  const described: string[] = analysis.annotations.map((a) => {
    if (a.kind === 'quantity') return `${a.value} ${a.unit}`;
    if (a.kind === 'quotation') return a.speaker ? `${a.speaker.name} ${a.speaker.start}` : 'unattributed';
    return a.normalized;
  });
  const layers: HighlightLayer[] = analysis.highlights.map((h) => h.layer);
  const ranked: (number | undefined)[] = analysis.highlights.map((h) => h.rank ?? h.annotation);
  const language: LanguageCode = analysis.language.paragraphs[0]?.language ?? analysis.language.language;
  const seconds: number = analysis.stats.readingSeconds + analysis.stats.cjkCharacters;
  const annotationKinds: readonly AnnotationKind[] = ANNOTATION_KINDS;
  const languages: readonly LanguageCode[] = LANGUAGES;
  const paragraphKind: ParagraphKind = analysis.paragraphs[0].kind;
  const paragraphKinds: readonly ParagraphKind[] = PARAGRAPH_KINDS;
  const heap: number = analyzer.heapStats().allocatedBytes + analyzer.heapStats().memoryBytes;
  // @ts-expect-error analyze() takes a string
  analyzer.analyze(42);
  // @ts-expect-error dictionaries is 'on-demand' or 'all'
  await createAnalyzer({ dictionaries: 'some' });

  const worker: WorkerAnalyzer = await createWorkerAnalyzer({ icuData: new ArrayBuffer(8) });
  const controller = new AbortController();
  const remote: Analysis = await worker.analyze(text, { signal: controller.signal });
  // @ts-expect-error the worker's analyze() returns a promise
  const notAwaited: Analysis = worker.analyze(text);
  worker.terminate();

  definePrecisArticle();
  definePrecisArticle('my-article');
  const element: PrecisArticleElement = document.createElement('precis-article');
  const own: ArticleAnalyzer = analyzer;
  element.analyzer = worker;
  element.analyzer = own;
  element.text = text;
  await element.updateComplete;
  element.analysis = remote;
  element.addEventListener('precis-analyzed', (event) => {
    const shown: Analysis = event.detail.analysis;
    console.log(shown.paragraphs.length);
  });
  element.addEventListener('precis-error', (event) => console.error(event.detail.error));
  // @ts-expect-error text is a string
  element.text = 3;

  return [...words, String(firstParagraph + kinds.length + heap), paragraphKind, String(paragraphKinds.length), String(notAwaited)];
}
