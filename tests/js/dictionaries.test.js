// The Thai, Lao, Khmer and Burmese dictionaries ship apart and load only when asked for or
// when a text needs them; texts in other scripts never fetch them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../dist/index.js';
import { needsSoutheastAsianData } from '../../dist/dictionaries.js';

const dist = new URL('../../dist/', import.meta.url);
const THAI = 'ภาษาไทยเป็นภาษาที่สวยงาม';  // "Thai is a beautiful language"
const words = (text, analysis) => analysis.tokens.map((t) => text.slice(t.start, t.end));

function countingLocator() {
  const seen = [];
  return { seen, locateFile: (name) => { seen.push(name); return new URL(name, dist); } };
}

test('only Thai, Lao, Khmer and Myanmar letters need the separate dictionaries', () => {
  for (const text of [THAI, 'ພາສາລາວ', 'ភាសាខ្មែរ', 'မြန်မာဘာသာ']) assert.ok(needsSoutheastAsianData(text), text);
  for (const text of ['我們喜歡學習中文。', 'カタカナ', 'Hello', '한국어', '']) assert.ok(!needsSoutheastAsianData(text), text);
});

test('Thai is split into words once prepare() has loaded its dictionary', async () => {
  const { seen, locateFile } = countingLocator();
  const analyzer = await createAnalyzer({ locateFile });
  const text = `${THAI} 中文。`;
  assert.deepEqual(words(text, analyzer.analyze(text)).slice(0, 1), [THAI], 'one token without the dictionary');
  await analyzer.prepare('我們喜歡學習中文。');
  assert.ok(!seen.includes('precis-icu-sea.dat'), 'Chinese text loads nothing more');
  await analyzer.prepare(text);
  assert.ok(seen.includes('precis-icu-sea.dat'));
  const split = words(text, analyzer.analyze(text));
  assert.deepEqual(split.slice(0, 6), ['ภาษา', 'ไทย', 'เป็น', 'ภาษา', 'ที่', 'สวยงาม']);
  assert.equal(split.join(''), text);
  await analyzer.prepare(text);
  assert.equal(seen.filter((name) => name === 'precis-icu-sea.dat').length, 1, 'loaded once');
});

test("dictionaries: 'all' loads them up front", async () => {
  const analyzer = await createAnalyzer({ dictionaries: 'all' });
  assert.ok(analyzer.analyze(THAI).tokens.length > 3);
});

test('a missing dictionary package is an Error naming its URL, and a later try may succeed', async () => {
  let url = new URL('missing/precis-icu-sea.dat', dist);
  const analyzer = await createAnalyzer({ locateFile: (name, fallback) => (name === 'precis-icu-sea.dat' ? url : fallback) });
  await assert.rejects(analyzer.prepare(THAI), /precis: cannot load precis-icu-sea\.dat from file:.*missing\/precis-icu-sea\.dat/);
  assert.equal(analyzer.analyze(THAI).tokens.length, 1, 'still analyzes, without the dictionary');
  url = new URL('precis-icu-sea.dat', dist);
  await analyzer.prepare(THAI);
  assert.ok(analyzer.analyze(THAI).tokens.length > 3);
});

test('a wrong dictionary package is refused', async () => {
  const analyzer = await createAnalyzer({ seaData: new Uint8Array(64) });
  await assert.rejects(analyzer.prepare(THAI), /precis-icu-sea\.dat from the bytes given is not an ICU data package/);
});

test('the CLI loads the dictionaries its input needs', () => {
  const cli = fileURLToPath(new URL('cli.js', dist));
  const run = spawnSync(process.execPath, [cli, 'words'], { input: `${THAI}\n`, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, 'ภาษา ไทย เป็น ภาษา ที่ สวยงาม\n');
});
