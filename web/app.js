// The page: sends the text to the analysis worker as you type (debounced; a newer text
// supersedes older work) and renders the latest result.
import { renderArticle } from './render.js';

const input = document.getElementById('input');
const status = document.getElementById('status');
const stats = document.getElementById('stats');
const article = document.getElementById('article');

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let latestId = 0;
let timer = 0;

function request() {
  latestId += 1;
  worker.postMessage({ id: latestId, text: input.value });
}

worker.onmessage = (event) => {
  const message = event.data;
  if ('ready' in message) {
    status.textContent = message.ready ? 'Ready.' : `Could not load the analyzer: ${message.error}`;
    if (message.ready && input.value) request();
    return;
  }
  if (message.id !== latestId) return;  // superseded by newer input
  if (message.error) {
    status.textContent = message.error;
    return;
  }
  const { analysis, ms } = message;
  const words = analysis.tokens.filter((t) => t.kind !== 'whitespace' && t.kind !== 'punctuation').length;
  stats.textContent = `${analysis.paragraphs.length} paragraphs · ${analysis.sentences.length} sentences · ${words} words · ${ms.toFixed(1)} ms`;
  status.textContent = 'Analyzed.';
  renderArticle(article, analysis);
  document.body.dataset.analyzed = String(message.id);
};

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(request, 120);
});
