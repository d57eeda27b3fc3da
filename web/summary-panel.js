// The summary panel: the chosen sentences in article order, each a button that shows the
// sentence in the article, and the length control's range for the current article.
import { el } from './dom.js';
import { t } from './i18n.js';

export function renderSummary({ list, note }, model, onJump) {
  list.replaceChildren();
  if (!model) {
    note.textContent = t('summaryEmpty');
    note.hidden = false;
    return;
  }
  if (!model.summary) {
    note.textContent = t('summaryMissing');
    note.hidden = false;
    return;
  }
  note.hidden = true;
  model.summary.sentences.forEach((index, i) => {
    const sentence = model.summary.spans?.[i] ?? model.sentences[index];
    const button = el('button', { type: 'button', class: 'summary-sentence', 'data-s': index },
      model.text.slice(sentence.start, sentence.end).trim());
    button.addEventListener('click', () => onJump(index));
    list.append(el('li', {}, button));
  });
}

// The slider's bounds for the unit: sentences (1..all) or percent (5..100 in steps of 5).
export function updateLengthControl({ range, output, unit }, sentenceCount) {
  if (unit.value === 'percent') {
    range.min = '5';
    range.max = '100';
    range.step = '5';
  } else {
    range.min = '1';
    range.max = String(Math.max(1, Math.min(sentenceCount || 10, 30)));
    range.step = '1';
  }
  // A short text narrows the range; the reader's chosen length comes back with a longer one.
  const wanted = Number(range.dataset.wanted ?? range.value);
  range.value = String(Math.min(Math.max(wanted, Number(range.min)), Number(range.max)));
  output.value = unit.value === 'percent' ? `${range.value}%` : range.value;
}

// What the reader chose, even where the current text has fewer sentences than that.
export function budgetOf({ range, unit }) {
  return { unit: unit.value, value: Number(range.dataset.wanted ?? range.value) };
}
