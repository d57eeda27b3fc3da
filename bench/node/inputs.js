// The benchmark's inputs: each article of ../shared/eval/articles (read at run time, never
// copied), and Chinese and English text repeated up to 100 KB, 1 MB and 10 MB of UTF-8.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_CHINESE, SAMPLE_ENGLISH } from './sample-text.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// PRECIS_EVAL_DIR points elsewhere (as for npm run eval), e.g. from a git worktree.
export const ARTICLES_DIR = path.join(process.env.PRECIS_EVAL_DIR ?? path.resolve(root, '..', 'shared', 'eval'), 'articles');
export const MB = 1 << 20;
export const SIZES = [
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: MB },
  { label: '10 MB', bytes: 10 * MB },
];

export function utf8Bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

// [{ name, lang: 'zh' | 'en', text }] or [] when the evaluation data is absent.
export function loadArticles() {
  if (!fs.existsSync(ARTICLES_DIR)) return [];
  return fs
    .readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name: name.replace(/\.txt$/, '').replace(/^(en_\d+)_.*/, '$1'),
      lang: name.startsWith('en') ? 'en' : 'zh',
      text: fs.readFileSync(path.join(ARTICLES_DIR, name), 'utf8').replace(/\r\n?/g, '\n'),
    }));
}

// Repeats whole paragraphs of `source` until at least `bytes` of UTF-8 (overshooting by less
// than one paragraph), so that no line is split and per-line tools see the same lines.
export function growTo(source, bytes) {
  const paragraphs = source.split('\n').filter((line) => line.trim() !== '');
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % paragraphs.length) {
    parts.push(paragraphs[i]);
    size += utf8Bytes(paragraphs[i]) + 1;
  }
  return parts.join('\n');
}

// The text of one language that the large inputs repeat: its articles, else the sample.
export function sourceText(lang, articles) {
  const own = articles.filter((a) => a.lang === lang);
  return own.length > 0 ? own.map((a) => a.text).join('\n') : lang === 'zh' ? SAMPLE_CHINESE : SAMPLE_ENGLISH;
}

// The concatenated inputs of one language, built from the articles of that language when
// they are there, else from the benchmark's own sample text. Returns { source, inputs }.
export function sizedInputs(lang, articles) {
  const own = articles.filter((a) => a.lang === lang);
  const source = sourceText(lang, articles);
  return {
    source: own.length > 0 ? `${own.length} ${lang} articles` : 'bench/node/sample-text.js',
    inputs: SIZES.map((size) => ({ name: `${lang} ${size.label}`, lang, text: growTo(source, size.bytes) })),
  };
}
