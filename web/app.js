// The page: wires the input, the analysis worker and the panels together. Input is analyzed
// as you type (debounced, in a Worker); every panel is drawn from the package's own fields.
import { createAnalysisClient } from './analysis-client.js';
import { yieldToBrowser } from './dom.js';
import { copyText, download, summaryMarkdown } from './export.js';
import { chooseInitialLanguage, formatNumber, language, setLanguage, t } from './i18n.js';
import { renderStrip } from './importance-strip.js';
import { markSelectedTerm, renderKeyphrases } from './keyphrase-chart.js';
import { createLayers } from './layers.js';
import { buildModel, withSummary } from './model.js';
import { renderArticle } from './render-article.js';
import { renderStats } from './stats-panel.js';
import { budgetOf, renderSummary, updateLengthControl } from './summary-panel.js';
import { createLargeText } from './large-text.js';
import { readTextFile } from './text-file.js';
import { initTheme } from './theme.js';
import { attachTooltip } from './tooltip.js';
import { registerOfflineCache } from './offline.js';

const DEBOUNCE_MS = 150;
const SHOW_CANCEL_AFTER_MS = 300;
const ARTICLE_LIMIT = 200_000;  // characters drawn before "Show all" (drawing is the slow part)

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'), status: $('status'), cancel: $('cancel'), openFile: $('open-file'), file: $('file'),
  length: { range: $('length'), output: $('length-value'), unit: $('length-unit') },
  summary: { list: $('summary'), note: $('summary-note') },
  article: $('article'), articleNote: $('article-note'), articlePanel: $('article-panel'),
  more: $('article-more'), moreText: $('article-more-text'), showAll: $('show-all'),
  strip: { figure: $('strip-figure'), container: $('strip'), note: $('strip-note') },
  keyphrases: { container: $('keyphrases'), note: $('keyphrase-note') },
  stats: $('stats'), legend: $('legend'), tip: $('tip'),
};

let model = null;
let sentenceElements = [];
let renderGeneration = 0;
let selectedTerm = null;
let showAll = false;
let statusMessage = ['loading', {}];
let cancelTimer = 0;
let debounceTimer = 0;
let started = false;

function setStatus(key, params = {}) {
  statusMessage = [key, params];
  ui.status.textContent = t(key, params);
}

function setState(state) {
  document.body.dataset.state = state;
}

const layers = createLayers(ui.legend, ui.article, () => {
  if (model) renderAll(Number(document.body.dataset.analyzed));
});

function jumpTo(index) {
  const target = sentenceElements[index];
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus({ preventScroll: true });
  target.classList.remove('flash');
  void target.offsetWidth;  // restart the flash animation
  target.classList.add('flash');
}

function toggleTerm(index) {
  for (const mark of ui.article.querySelectorAll('mark.selected')) mark.classList.remove('selected');
  selectedTerm = selectedTerm === index ? null : index;
  markSelectedTerm(ui.keyphrases.container, selectedTerm);
  if (selectedTerm === null) return;
  const marks = ui.article.querySelectorAll(`mark[data-kp="${selectedTerm}"]`);
  for (const mark of marks) mark.classList.add('selected');
  marks[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function renderSummaryPanel() {
  renderSummary(ui.summary, model, jumpTo);
  updateLengthControl(ui.length, model?.sentenceCount ?? 0);
}

// Draws every panel from `model`, one panel per task and the article in slices, so that no
// single task keeps the page from answering keys; a newer analysis abandons an older drawing.
async function renderAll(seq) {
  const generation = ++renderGeneration;
  const stale = () => generation !== renderGeneration;
  selectedTerm = null;
  const steps = [
    renderSummaryPanel,
    () => renderKeyphrases(ui.keyphrases, model, toggleTerm),
    () => renderStrip(ui.strip, model, jumpTo),
    () => renderStats(ui.stats, model),
    () => layers.render(model),
  ];
  for (const step of steps) {
    await yieldToBrowser();
    if (stale()) return;
    step();
  }
  ui.articleNote.hidden = Boolean(model);
  if (!model) {
    ui.article.replaceChildren();
    ui.more.hidden = true;
    sentenceElements = [];
    document.body.dataset.rendered = String(seq);
    return;
  }
  const limit = showAll ? Infinity : ARTICLE_LIMIT;
  const drawn = await renderArticle(ui.article, model, {
    limit, isStale: () => generation !== renderGeneration, visible: layers.visible,
  });
  if (!drawn) return;
  sentenceElements = drawn;
  ui.more.hidden = model.text.length <= limit || !Number.isFinite(limit);
  if (!ui.more.hidden) {
    ui.moreText.textContent = t('articleTruncated', { shown: formatNumber(limit), total: formatNumber(model.text.length) });
  }
  document.body.dataset.rendered = String(seq);
}

function describe(target) {
  if (!model) return null;
  if (target.matches('mark.hl')) {
    const highlight = model.highlights[Number(target.dataset.h)];
    if (!highlight) return null;
    const lines = [`${t(`kind_${highlight.layer}`)}: ${model.text.slice(highlight.start, highlight.end)}`];
    const info = highlight.info ?? {};
    if (highlight.layer === 'keyphrase') {
      const keyphrase = model.keyphrases[info.keyphrase];
      lines.push(`${t('tipScore', { score: formatNumber(keyphrase.score, 2) })} · ${t('tipOccurrences', { count: keyphrase.count })}`);
    }
    if (info.speaker) {
      const speaker = typeof info.speaker === 'string' ? info.speaker : info.speaker.name || model.text.slice(info.speaker.start, info.speaker.end);
      lines.push(t('tipSpeaker', { speaker }));
    }
    if (typeof info.value === 'number') lines.push(t('tipValue', { value: `${formatNumber(info.value, 6)}${info.unit ? ` ${info.unit}` : ''}` }));
    else if (typeof info.normalized === 'string' && info.normalized && info.normalized !== model.text.slice(highlight.start, highlight.end)) {
      lines.push(t('tipValue', { value: info.normalized }));
    }
    return lines;
  }
  const index = Number(target.dataset.s);
  const lines = [t('tipSentence', { n: index + 1 })];
  const score = model.scores?.[index];
  if (score) lines.push(t('tipScore', { score: formatNumber(score.score, 3) }));
  const rank = model.summaryRank.get(index);
  if (rank) lines.push(t('tipRank', { rank }));
  if (score?.reasons.length) {
    const reasons = score.reasons.slice(0, 3).map((r) => `${t(`reason_${r.feature}`)} ${r.value > 0 ? '+' : '−'}${formatNumber(Math.abs(r.value), 2)}`);
    lines.push(t('tipReasons', { reasons: reasons.join(', ') }));
  }
  return lines;
}

const client = createAnalysisClient({
  ready(resources) {
    if (started) {  // a restarted worker: it already has whatever text is pending
      if (!client.busy() && document.body.dataset.state !== 'cancelled') setState('ready');
      if (statusMessage[0] === 'restarting') setStatus('ready');
      return;
    }
    started = true;
    offline.keep(resources);
    setState('ready');
    setStatus('ready');
    if (source.value()) analyzeNow();  // typed or restored before the analyzer was ready
  },
  failed(error) {
    setState('error');
    setStatus('loadFailed', { error });
  },
  restarting() {
    setStatus('restarting');
  },
  busy(pending) {
    document.body.dataset.requested = String(pending.seq);  // tests wait for this text's drawing
    setState('busy');
    setStatus('analyzing');
    clearTimeout(cancelTimer);
    cancelTimer = setTimeout(() => {
      if (client.busy() !== pending) return;
      ui.cancel.hidden = false;
      setStatus('analyzingLong', { chars: formatNumber(pending.chars) });
    }, SHOW_CANCEL_AFTER_MS);
  },
  analysis(message) {
    clearTimeout(cancelTimer);
    ui.cancel.hidden = true;
    const text = lastSentText;  // the client only passes on the analysis of the newest text
    model = text.trim() ? buildModel(text, message.analysis, message.ms) : null;
    setState('analyzed');
    setStatus('analyzed', { ms: formatNumber(message.ms, 1) });
    document.body.dataset.analyzed = String(message.seq);
    renderAll(message.seq);
  },
  summary(message) {
    if (!model) return;
    model = withSummary(model, message.summary, message.stripBins);
    for (const element of ui.article.querySelectorAll('.sentence.key')) {
      element.classList.remove('key');
      delete element.dataset.rank;
    }
    for (const [index, rank] of model.summaryRank) {
      sentenceElements[index]?.classList.add('key');
      if (sentenceElements[index]) sentenceElements[index].dataset.rank = String(rank);
    }
    renderSummaryPanel();
    renderStrip(ui.strip, model, jumpTo);
    document.body.dataset.summary = String(message.budgetSeq);
  },
  error(error) {
    clearTimeout(cancelTimer);
    ui.cancel.hidden = true;
    setState('analyzed');
    ui.status.textContent = error;
  },
  cancelled() {
    clearTimeout(cancelTimer);
    ui.cancel.hidden = true;
    setState('cancelled');
    setStatus('cancelled');
  },
});

const source = createLargeText({
  input: ui.input, notice: $('large-notice'), noticeText: $('large-notice-text'), clear: $('large-clear'),
}, () => {
  showAll = false;
  analyzeNow();
});
let lastSentText = '';
function analyzeNow() {
  clearTimeout(debounceTimer);
  lastSentText = source.value();
  client.analyze(lastSentText, budgetOf(ui.length), showAll ? Infinity : ARTICLE_LIMIT);
}

ui.input.addEventListener('input', () => {
  showAll = false;
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(analyzeNow, DEBOUNCE_MS);
});
ui.cancel.addEventListener('click', () => client.cancel());
ui.showAll.addEventListener('click', () => {
  showAll = true;
  analyzeNow();  // again, this time sending back every span
});

function onLengthChange() {
  ui.length.range.dataset.wanted = ui.length.range.value;
  updateLengthControl(ui.length, model?.sentenceCount ?? 0);
  if (!model) return;
  if (!client.summarize(budgetOf(ui.length))) analyzeNow();  // the package cannot re-select: analyze again
}
ui.length.range.addEventListener('input', onLengthChange);
ui.length.unit.addEventListener('change', () => {
  updateLengthControl(ui.length, model?.sentenceCount ?? 0);  // the new unit's bounds first
  delete ui.length.range.dataset.wanted;
  ui.length.range.value = ui.length.unit.value === 'percent' ? '20' : '3';
  onLengthChange();
});

async function useFile(file) {
  if (!file) return;
  const text = await readTextFile(file);
  if (text === null) {
    setStatus('fileRefused', { name: file.name });
    return;
  }
  source.set(text);
  setStatus('fileRead', { name: file.name });
}
ui.openFile.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => useFile(ui.file.files[0]));
ui.input.addEventListener('dragover', (event) => {
  if ([...event.dataTransfer.types].includes('Files')) event.preventDefault();
});
ui.input.addEventListener('drop', (event) => {
  if (!event.dataTransfer.files.length) return;
  event.preventDefault();
  useFile(event.dataTransfer.files[0]);
});

$('copy-summary').addEventListener('click', async () => {
  try {
    await copyText(summaryMarkdown(model, t('markdownSummary')));
    setStatus('copied');
  } catch (error) {
    setStatus('copyFailed', { error: error.message });
  }
});
$('download-markdown').addEventListener('click', () => {
  if (model?.summary) download('summary.md', 'text/markdown;charset=utf-8', summaryMarkdown(model, t('markdownSummary')));
});
$('download-json').addEventListener('click', async () => {
  try {
    download('analysis.json', 'application/json', await client.exportJson());
  } catch (error) {
    setStatus('exportFailed', { error: error.message });
  }
});

const theme = initTheme($('theme'), $('theme-label'), t);
const languageSelect = $('ui-language');
function applyLanguage(code) {
  setLanguage(code);
  languageSelect.value = language();
  localStorage.setItem('precis-ui-language', language());
  theme.refresh();
  source.refresh();
  setStatus(...statusMessage);
  if (model) renderAll(Number(document.body.dataset.analyzed));
}
languageSelect.addEventListener('change', () => applyLanguage(languageSelect.value));
applyLanguage(chooseInitialLanguage(localStorage.getItem('precis-ui-language'), navigator.languages));
attachTooltip(ui.article, ui.tip, describe);
// (declared last: the worker's ready message can only arrive after this script has run)
const offline = registerOfflineCache();
