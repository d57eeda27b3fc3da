// The sentence-importance strip: every sentence's score along the article as inline SVG bars
// (height and strength by score, summary picks in the accent colour). Click or arrow keys +
// Enter jump to a sentence.
import { svg } from './dom.js';
import { formatNumber, t } from './i18n.js';

const WIDTH = 1000;
const HEIGHT = 40;

export function renderStrip({ figure, container, note }, model, onJump) {
  container.replaceChildren();
  if (!model || !model.scores) {
    figure.hidden = true;
    note.hidden = !model;
    return;
  }
  note.hidden = true;
  figure.hidden = false;
  const length = Math.max(1, model.text.length);
  const count = model.sentences.length;
  let current = 0;
  const strip = svg('svg', {
    class: 'strip', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', tabindex: '0',
    role: 'slider', 'aria-label': t('stripLabel'), 'aria-valuemin': 1, 'aria-valuemax': count, 'aria-valuenow': 1,
  });
  const cursor = svg('rect', { class: 'strip-cursor', x: 0, y: 0, width: 0, height: HEIGHT });
  model.sentences.forEach((sentence, index) => {
    const scale = model.scoreScale(model.scores[index].score);
    const x = (sentence.start / length) * WIDTH;
    const width = Math.max(1.5, ((sentence.end - sentence.start) / length) * WIDTH - 0.75);
    const height = 6 + (HEIGHT - 8) * scale;
    const cell = svg('rect', {
      class: model.summaryRank.has(index) ? 'cell key' : 'cell',
      x, y: HEIGHT - height, width, height, 'fill-opacity': (0.35 + 0.65 * scale).toFixed(2), 'data-s': index,
    }, svg('title', {}, `${t('tipSentence', { n: index + 1 })} · ${t('tipScore', { score: formatNumber(model.scores[index].score, 3) })}`));
    cell.addEventListener('click', () => onJump(index));
    strip.append(cell);
  });
  strip.append(cursor);
  const place = (index) => {
    current = Math.max(0, Math.min(count - 1, index));
    const sentence = model.sentences[current];
    cursor.setAttribute('x', String((sentence.start / length) * WIDTH));
    cursor.setAttribute('width', String(Math.max(2, ((sentence.end - sentence.start) / length) * WIDTH)));
    strip.setAttribute('aria-valuenow', String(current + 1));
    strip.setAttribute('aria-valuetext', `${t('tipSentence', { n: current + 1 })}, ${t('tipScore', { score: formatNumber(model.scores[current].score, 3) })}`);
  };
  strip.addEventListener('focus', () => place(current));
  strip.addEventListener('keydown', (event) => {
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in moves) place(current + moves[event.key]);
    else if (event.key === 'Home') place(0);
    else if (event.key === 'End') place(count - 1);
    else if (event.key === 'Enter' || event.key === ' ') onJump(current);
    else return;
    event.preventDefault();
  });
  container.append(strip);
}
