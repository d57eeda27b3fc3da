// Runs the analyzer off the main thread: {id, text} in, {id, analysis | error, ms} out.
import { createAnalyzer } from './dist/index.js';

const ready = createAnalyzer();

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    const analyzer = await ready;
    const started = performance.now();
    const analysis = analyzer.analyze(text);
    self.postMessage({ id, analysis, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};

ready.then(
  () => self.postMessage({ ready: true }),
  (error) => self.postMessage({ ready: false, error: String(error?.message ?? error) }),
);
