// The sentence-importance strip: every sentence's score along the article as inline SVG bars
// (height and strength by score, summary picks in the accent colour; long articles in bins).
// Click, or arrow keys then Enter, jump to the sentence.
import { svg } from './dom.js';
import { formatNumber, t } from './i18n.js';

const WIDTH = 1000;
const HEIGHT = 40;

export function renderStrip({ figure, container, note }, model, onJump) {
  container.replaceChildren();
  const bins = model?.stripBins;
  if (!bins?.length) {
    figure.hidden = true;
    note.hidden = !model || model.scores !== null;
    return;
  }
  note.hidden = true;
  figure.hidden = false;
  const length = Math.max(1, model.text.length);
  let low = Infinity;
  let high = -Infinity;
  for (const bin of bins) {
    low = Math.min(low, bin.score);
    high = Math.max(high, bin.score);
  }
  const scale = (score) => (high > low ? (score - low) / (high - low) : 1);
  const describe = (bin) => `${t('tipSentence', { n: bin.sentence + 1 })}, ${t('tipScore', { score: formatNumber(bin.score, 3) })}`;
  let current = 0;
  const strip = svg('svg', {
    class: 'strip', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', tabindex: '0',
    role: 'slider', 'aria-label': t('stripLabel'), 'aria-valuemin': 1, 'aria-valuemax': bins.length, 'aria-valuenow': 1,
  });
  const cursor = svg('rect', { class: 'strip-cursor', x: 0, y: 0, width: 0, height: HEIGHT });
  for (const bin of bins) {
    const level = scale(bin.score);
    const height = 6 + (HEIGHT - 8) * level;
    const cell = svg('rect', {
      class: bin.key ? 'cell key' : 'cell',
      x: (bin.start / length) * WIDTH, y: HEIGHT - height,
      width: Math.max(1.5, ((bin.end - bin.start) / length) * WIDTH - 0.75), height,
      'fill-opacity': (0.35 + 0.65 * level).toFixed(2), 'data-s': bin.sentence,
    }, svg('title', {}, describe(bin)));
    cell.addEventListener('click', () => onJump(bin.sentence));
    strip.append(cell);
  }
  strip.append(cursor);
  const place = (index) => {
    current = Math.max(0, Math.min(bins.length - 1, index));
    const bin = bins[current];
    cursor.setAttribute('x', String((bin.start / length) * WIDTH));
    cursor.setAttribute('width', String(Math.max(2, ((bin.end - bin.start) / length) * WIDTH)));
    strip.setAttribute('aria-valuenow', String(current + 1));
    strip.setAttribute('aria-valuetext', describe(bin));
  };
  strip.addEventListener('focus', () => place(current));
  strip.addEventListener('keydown', (event) => {
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in moves) place(current + moves[event.key]);
    else if (event.key === 'Home') place(0);
    else if (event.key === 'End') place(bins.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') onJump(bins[current].sentence);
    else return;
    event.preventDefault();
  });
  container.append(strip);
}
