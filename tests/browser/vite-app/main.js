// A tiny app built by Vite from the packed precis tarball (tests/browser/vite.test.js):
// it uses every entry point and exposes steps for the test to run.
import { createAnalyzer } from 'precis';
import { createWorkerAnalyzer } from 'precis/worker';
import 'precis/element';

const analyzers = Promise.all([createAnalyzer(), createWorkerAnalyzer()]);

window.precisApp = {
  async analyzeBoth(text) {
    const [local, worker] = await analyzers;
    return { local: local.analyze(text), worker: await worker.analyze(text) };
  },
  async loadError(options) {
    try {
      await createAnalyzer(options);
      return 'no error';
    } catch (error) {
      return error.message;
    }
  },
  async showText(text) {
    const [, worker] = await analyzers;
    const element = document.getElementById('article');
    element.analyzer = worker;
    element.text = text;
    await element.updateComplete;
    return element.shadowRoot.querySelector('[part~="article"]')?.textContent ?? null;
  },
};

analyzers.then(
  () => { document.getElementById('status').textContent = 'ready'; },
  (error) => { document.getElementById('status').textContent = `failed: ${error.message}`; },
);
