// The keyphrase panel: ranked terms as an inline SVG bar chart built with DOM calls. Each
// bar is a toggle button (mouse or keyboard) that highlights the term's occurrences.
import { svg } from './dom.js';
import { formatNumber, t } from './i18n.js';
import { CHARTED_KEYPHRASES } from './model.js';

const MAX_TERMS = CHARTED_KEYPHRASES;
const WIDTH = 320;
const ROW = 26;
const LABEL = 130;
const LABEL_UNITS = 17;  // about this many Latin letters fit in LABEL; a Han character is two

// Shortens a label to fit its column, counting wide characters twice.
function fitLabel(text) {
  let units = 0;
  let out = '';
  for (const ch of text) {
    units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
    if (units > LABEL_UNITS) return `${out}…`;
    out += ch;
  }
  return out;
}

export function renderKeyphrases({ container, note }, model, onToggle) {
  container.replaceChildren();
  if (!model || !model.keyphrases) {
    note.textContent = t(model ? 'keyphrasesMissing' : 'keyphrasesEmpty');
    note.hidden = false;
    return;
  }
  const terms = model.keyphrases.slice(0, MAX_TERMS);
  note.hidden = terms.length > 0;
  if (!terms.length) {
    note.textContent = t('keyphrasesEmpty');
    return;
  }
  const best = Math.max(...terms.map((k) => k.score), 1e-9);
  const chart = svg('svg', {
    class: 'keyphrase-chart', viewBox: `0 0 ${WIDTH} ${terms.length * ROW}`,
    role: 'group', 'aria-labelledby': 'keyphrases-heading',
  });
  terms.forEach((keyphrase, index) => {
    const y = index * ROW;
    const barWidth = Math.max(2, ((WIDTH - LABEL - 44) * keyphrase.score) / best);
    const label = t('keyphraseButton', {
      text: keyphrase.text, score: formatNumber(keyphrase.score, 2), count: keyphrase.count,
    });
    const row = svg('g', { class: 'term', role: 'button', tabindex: '0', 'aria-pressed': 'false', 'aria-label': label, 'data-kp': index },
      svg('title', {}, label),
      svg('rect', { class: 'term-hit', x: 0, y, width: WIDTH, height: ROW, rx: 4 }),
      svg('text', { class: 'term-label', x: LABEL - 8, y: y + ROW / 2, 'text-anchor': 'end', 'dominant-baseline': 'central' }, fitLabel(keyphrase.text)),
      svg('rect', { class: 'term-bar', x: LABEL, y: y + 5, width: barWidth, height: ROW - 10, rx: 3 }),
      svg('text', { class: 'term-value', x: LABEL + barWidth + 6, y: y + ROW / 2, 'dominant-baseline': 'central' },
        String(keyphrase.count)));
    const toggle = () => onToggle(index);
    row.addEventListener('click', toggle);
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
    chart.append(row);
  });
  container.append(chart);
}

export function markSelectedTerm(container, selected) {
  for (const row of container.querySelectorAll('.term')) {
    row.setAttribute('aria-pressed', String(Number(row.dataset.kp) === selected));
  }
}
