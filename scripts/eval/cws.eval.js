// Chinese word segmentation on the SIGHAN 2005 PKU and AS test sets (../shared/eval/cws):
// `precis words` and, as a baseline, `precis words --icu`, scored by the shared cws_score.py.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const title = 'Words: Chinese word segmentation (SIGHAN 2005 PKU and AS)';

const CORPORA = [
  { name: 'PKU', input: 'pku_test.utf8', gold: 'pku_test_gold.utf8', training: 'pku_training_words.utf8' },
  { name: 'AS', input: 'as_test.utf8', gold: 'as_testing_gold.utf8', training: 'as_training_words.utf8' },
];
const SYSTEMS = [
  { name: 'precis words --standard', flags: ['--standard'] },
  { name: 'precis words', flags: [] },
  { name: 'ICU alone (precis words --icu)', flags: ['--icu'] },
];

// cws_score.py prints a Python dict: {'P': 0.81, 'R': 0.8, 'F1': 0.8, ..., 'OOV_recall': 0.5, ...}.
function parseScores(output) {
  const scores = {};
  for (const match of output.matchAll(/'(\w+)': ([\d.]+)/g)) scores[match[1]] = Number(match[2]);
  if (scores.F1 === undefined) throw new Error(`cannot read the scorer's output: ${output}`);
  return scores;
}

export async function run({ root, evalDir }) {
  const cws = join(evalDir, 'cws');
  const scorer = join(evalDir, 'tools', 'cws_score.py');
  if (!existsSync(cws) || !existsSync(scorer)) {
    console.log(`skipped: no ${cws} or ${scorer}`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'precis-cws-'));
  try {
    const rows = [];
    for (const corpus of CORPORA) {
      for (const system of SYSTEMS) {
        const started = process.hrtime.bigint();
        const predicted = execFileSync(process.execPath,
          [join(root, 'dist', 'cli.js'), 'words', ...system.flags, join(cws, corpus.input)],
          { maxBuffer: 256 << 20 });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const predictedFile = join(work, `${corpus.name}-${system.flags.join('') || 'precis'}.utf8`);
        writeFileSync(predictedFile, predicted);
        const report = execFileSync('python3',
          [scorer, join(cws, corpus.gold), predictedFile, join(cws, corpus.training)]).toString();
        rows.push({ corpus: corpus.name, system: system.name, scores: parseScores(report), seconds });
      }
    }
    const f = (x) => (x === undefined ? '-' : x.toFixed(4));
    console.log('| corpus | system | P | R | F1 | OOV recall | IV recall | seconds |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const { corpus, system, scores, seconds } of rows) {
      console.log(`| ${corpus} | ${system} | ${f(scores.P)} | ${f(scores.R)} | ${f(scores.F1)} | ` +
        `${f(scores.OOV_recall)} | ${f(scores.IV_recall)} | ${seconds.toFixed(1)} |`);
    }
    console.log('\nCommand: npm run eval -- cws   (scorer: python3 ../shared/eval/tools/cws_score.py GOLD PRED TRAINING_WORDS)');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
