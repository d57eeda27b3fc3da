// The stats panel: language and script, sizes, reading and analysis time, as a <dl>; a row
// whose value this build of the package cannot give is left out.
import { el } from './dom.js';
import { formatNumber, language as uiLanguage, t } from './i18n.js';

function displayName(type, code) {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([uiLanguage()], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

function readingTime(minutes) {
  if (minutes < 1) return t('lessThanMinute');
  return t('minutes', { n: formatNumber(Math.round(minutes)) });
}

export function renderStats(list, model) {
  list.replaceChildren();
  if (!model) return;
  const { stats } = model;
  const rows = [
    ['statLanguage', stats.language && displayName('language', stats.language)],
    ['statScript', stats.script && displayName('script', stats.script)],
    ['statCharacters', formatNumber(stats.characters)],
    ['statWords', formatNumber(stats.words)],
    ['statSentences', formatNumber(stats.sentences)],
    ['statParagraphs', formatNumber(stats.paragraphs)],
    ['statReading', readingTime(stats.readingMinutes)],
    ['statAnalysis', t('ms', { n: formatNumber(stats.ms, 1) })],
  ];
  for (const [key, value] of rows) {
    if (value === null || value === undefined) continue;  // not provided by this build
    list.append(el('div', { class: 'stat', 'data-stat': key }, el('dt', {}, t(key)), el('dd', {}, value)));
  }
}
