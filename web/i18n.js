// The page's UI labels in English and Traditional Chinese, and the switch between them. The
// analyzed article is never translated: only the page's own words are.

const STRINGS = {
  en: {
    title: 'precis: an article at a glance, on your own machine',
    tagline: 'Paste an article: it is analyzed here, in your browser. Nothing leaves this machine.',
    skip: 'Skip to the article',
    uiLanguage: 'Interface language',
    themeToDark: 'Dark theme',
    themeToLight: 'Light theme',
    textHeading: 'Text',
    inputLabel: 'The article to analyze',
    placeholder: 'Paste or type an article (Chinese, Japanese, English or mixed), or drop a .txt file here…',
    openFile: 'Open a .txt file',
    cancel: 'Cancel',
    loading: 'Loading the analyzer…',
    ready: 'Ready: paste or type an article.',
    analyzing: 'Analyzing…',
    analyzingLong: 'Analyzing {chars} characters… Cancel stops it.',
    analyzed: 'Analyzed in {ms} ms.',
    cancelled: 'Cancelled. The analyzer restarted; edit the text to analyze it again.',
    restarting: 'Restarting the analyzer…',
    loadFailed: 'Could not load the analyzer: {error}',
    fileRefused: '{name} is not a text file.',
    fileRead: 'Opened {name}.',
    summaryHeading: 'Summary',
    length: 'Length',
    lengthUnit: 'Unit of the summary length',
    unitSentences: 'sentences',
    unitPercent: '% of the article',
    summaryEmpty: 'The summary appears here once there is text.',
    summaryMissing: 'This build of precis does not choose summary sentences yet.',
    summaryJump: 'Show sentence {n} in the article',
    copySummary: 'Copy summary',
    downloadMarkdown: 'Summary as Markdown',
    downloadJson: 'Analysis as JSON',
    copied: 'Copied the summary as Markdown.',
    copyFailed: 'Could not copy: {error}',
    exportFailed: 'Could not export: {error}',
    articleHeading: 'Article',
    layers: 'Layers',
    articleEmpty: 'The analyzed article appears here.',
    articleTruncated: 'Showing the first {shown} of {total} characters.',
    showAll: 'Show all',
    stripCaption: 'Sentence importance along the article',
    stripLabel: 'Sentence importance: use the arrow keys to choose a sentence and Enter to show it',
    stripMissing: 'This build of precis does not score sentences yet.',
    keyphrasesHeading: 'Keyphrases',
    keyphrasesEmpty: 'Key terms appear here once there is text.',
    keyphrasesMissing: 'This build of precis does not find keyphrases yet.',
    keyphraseButton: '{text}: score {score}, {count} occurrences. Highlight them.',
    statsHeading: 'Stats',
    statLanguage: 'Language',
    statScript: 'Script',
    statCharacters: 'Characters',
    statWords: 'Words',
    statSentences: 'Sentences',
    statParagraphs: 'Paragraphs',
    statReading: 'Reading time',
    statAnalysis: 'Analysis time',
    minutes: '{n} min',
    lessThanMinute: 'under 1 min',
    ms: '{n} ms',
    unknown: 'not detected',
    layer_sentences: 'Sentences',
    layer_key: 'Key sentences',
    layer_keyphrase: 'Keyphrases',
    layer_quantity: 'Quantities',
    layer_date: 'Dates',
    layer_quote: 'Quotes',
    layer_person: 'People',
    layer_org: 'Organizations',
    layer_place: 'Places',
    layer_words: 'Word boundaries',
    tipSentence: 'Sentence {n}',
    tipScore: 'score {score}',
    tipRank: 'summary pick #{rank}',
    tipReasons: 'why: {reasons}',
    tipSpeaker: 'speaker: {speaker}',
    tipValue: 'value: {value}',
    tipOccurrences: '{count} occurrences',
    reason_centrality: 'central to the article',
    reason_position: 'early position',
    reason_keyphrases: 'holds keyphrases',
    reason_heading: 'a heading',
    reason_image: 'an image line',
    reason_boilerplate: 'boilerplate',
    reason_question: 'a question',
    reason_length: 'too short or too long',
    footer: 'precis runs entirely in this tab: no request leaves this machine, and it works offline once loaded.',
    markdownSummary: 'Summary',
  },
  'zh-Hant': {
    title: 'precis：在你自己的電腦上一眼看懂文章',
    tagline: '貼上一篇文章：分析就在你的瀏覽器裡完成，資料不會離開這台電腦。',
    skip: '跳到文章',
    uiLanguage: '介面語言',
    themeToDark: '深色主題',
    themeToLight: '淺色主題',
    textHeading: '文字',
    inputLabel: '要分析的文章',
    placeholder: '貼上或輸入一篇文章（中文、日文、英文或混合），也可以把 .txt 檔拖到這裡…',
    openFile: '開啟 .txt 檔',
    cancel: '取消',
    loading: '正在載入分析器…',
    ready: '準備好了：請貼上或輸入文章。',
    analyzing: '分析中…',
    analyzingLong: '正在分析 {chars} 個字元…按「取消」可停止。',
    analyzed: '分析完成，用時 {ms} 毫秒。',
    cancelled: '已取消。分析器已重新啟動；修改文字即可重新分析。',
    restarting: '正在重新啟動分析器…',
    loadFailed: '無法載入分析器：{error}',
    fileRefused: '{name} 不是文字檔。',
    fileRead: '已開啟 {name}。',
    summaryHeading: '摘要',
    length: '長度',
    lengthUnit: '摘要長度的單位',
    unitSentences: '句',
    unitPercent: '% 的文章',
    summaryEmpty: '有了文字之後，摘要會顯示在這裡。',
    summaryMissing: '這個版本的 precis 還不會挑選摘要句。',
    summaryJump: '在文章中顯示第 {n} 句',
    copySummary: '複製摘要',
    downloadMarkdown: '摘要 Markdown',
    downloadJson: '分析結果 JSON',
    copied: '已將摘要以 Markdown 複製。',
    copyFailed: '無法複製：{error}',
    exportFailed: '無法匯出：{error}',
    articleHeading: '文章',
    layers: '標示圖層',
    articleEmpty: '分析後的文章會顯示在這裡。',
    articleTruncated: '目前顯示全文 {total} 個字元中的前 {shown} 個。',
    showAll: '顯示全部',
    stripCaption: '各句在文章中的重要程度',
    stripLabel: '句子重要程度：用方向鍵選擇句子，按 Enter 顯示',
    stripMissing: '這個版本的 precis 還不會為句子評分。',
    keyphrasesHeading: '關鍵詞',
    keyphrasesEmpty: '有了文字之後，關鍵詞會顯示在這裡。',
    keyphrasesMissing: '這個版本的 precis 還不會找出關鍵詞。',
    keyphraseButton: '{text}：分數 {score}，出現 {count} 次。標示全部。',
    statsHeading: '統計',
    statLanguage: '語言',
    statScript: '文字系統',
    statCharacters: '字元數',
    statWords: '詞數',
    statSentences: '句數',
    statParagraphs: '段落數',
    statReading: '閱讀時間',
    statAnalysis: '分析時間',
    minutes: '{n} 分鐘',
    lessThanMinute: '不到 1 分鐘',
    ms: '{n} 毫秒',
    unknown: '無法判斷',
    layer_sentences: '句子',
    layer_key: '重點句',
    layer_keyphrase: '關鍵詞',
    layer_quantity: '數量',
    layer_date: '日期',
    layer_quote: '引述',
    layer_person: '人物',
    layer_org: '機構',
    layer_place: '地點',
    layer_words: '分詞界線',
    tipSentence: '第 {n} 句',
    tipScore: '分數 {score}',
    tipRank: '摘要第 {rank} 選',
    tipReasons: '原因：{reasons}',
    tipSpeaker: '說話者：{speaker}',
    tipValue: '值：{value}',
    tipOccurrences: '出現 {count} 次',
    reason_centrality: '與全文主旨相關',
    reason_position: '位置靠前',
    reason_keyphrases: '包含關鍵詞',
    reason_heading: '是標題',
    reason_image: '是圖片說明',
    reason_boilerplate: '是制式文字',
    reason_question: '是問句',
    reason_length: '過短或過長',
    footer: 'precis 完全在這個分頁中執行：沒有任何請求離開這台電腦，載入一次後離線也能用。',
    markdownSummary: '摘要',
  },
};

export const UI_LANGUAGES = Object.keys(STRINGS);
let current = 'en';

export function chooseInitialLanguage(saved, browserLanguages) {
  if (UI_LANGUAGES.includes(saved)) return saved;
  const traditional = /^zh-(hant|tw|hk|mo)\b/i;
  return (browserLanguages ?? []).some((tag) => traditional.test(tag)) ? 'zh-Hant' : 'en';
}

export function setLanguage(language) {
  current = UI_LANGUAGES.includes(language) ? language : 'en';
  document.documentElement.lang = current;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
    node.placeholder = t(node.dataset.i18nPlaceholder);
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  }
}

export function language() {
  return current;
}

// t('analyzed', { ms: 12 }) → 'Analyzed in 12 ms.'; unknown keys show themselves.
export function t(key, params = {}) {
  const template = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

export function formatNumber(value, digits = 0) {
  return new Intl.NumberFormat(current, { maximumFractionDigits: digits }).format(value);
}
