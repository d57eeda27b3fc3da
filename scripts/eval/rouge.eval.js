// ROUGE of precis's summaries on ../shared/eval/summ (cnndm_dev: 3 sentences, lcsts_dev: 1),
// through the CLI as a user would run it, printed beside the Lead, TextRank and LexRank baselines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const title = 'Summaries: ROUGE F1 x 100 (R-1 / R-2 / R-L / R-Lsum)';

const PYTHON = '/usr/bin/python3';  // Debian's, with python3-nltk (the Porter stemmer)
const SETS = [
  { name: 'cnndm_dev', lang: 'en', sentences: 3 },
  { name: 'lcsts_dev', lang: 'zh', sentences: 1 },
];
const BASELINES = ['lead', 'textrank', 'lexrank'];

function execute(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

const format = (s) => [s.rouge1, s.rouge2, s.rougeL, s.rougeLsum].map((v) => v.toFixed(2).padStart(6)).join(' /');

export async function run({ root, evalDir }) {
  const tools = join(evalDir, 'tools');
  if (!existsSync(PYTHON)) {
    console.log(`skipped: ${PYTHON} is missing (scripts/setup.sh installs python3-nltk)`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'precis-rouge-'));
  try {
    for (const set of SETS) {
      const data = join(evalDir, 'summ', `${set.name}.jsonl`);
      if (!existsSync(data)) {
        console.log(`${set.name}: skipped, ${data} is missing`);
        continue;
      }
      const started = performance.now();
      const predictions = execute(process.execPath,
        [join(root, 'dist', 'cli.js'), 'summarize', '--jsonl', '--sentences', String(set.sentences), data]);
      const seconds = (performance.now() - started) / 1000;
      const file = join(work, `${set.name}.jsonl`);
      writeFileSync(file, predictions);
      const ours = JSON.parse(execute(PYTHON, [join(tools, 'rouge.py'), '--lang', set.lang, file]));
      const baselines = JSON.parse(execute(PYTHON,
        [join(tools, 'summ_baselines.py'), data, set.lang, String(set.sentences)])).scores;
      console.log(`${set.name} (${set.lang}, ${set.sentences} sentence${set.sentences > 1 ? 's' : ''}; precis took ${seconds.toFixed(1)} s)`);
      console.log(`  ${'precis'.padEnd(9)} ${format(ours)}`);
      for (const name of BASELINES) console.log(`  ${name.padEnd(9)} ${format(baselines[name])}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
