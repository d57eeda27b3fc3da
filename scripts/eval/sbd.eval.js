// Sentence boundary accuracy: runs `precis sentences --jsonl` on each gold set of
// ../shared/eval/sbd and scores it with that folder's own sbd_score.py, beside published peers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const title = 'Sentences: exact-match accuracy per rule (tools/sbd_score.py)';

// Published or measured numbers for other splitters, from ../shared/eval/README.md.
const SETS = [
  { label: 'en_pysbd48 (48 Golden Rules)', file: 'en_pysbd48.json',
    peers: 'pySBD 97.92, blingfire 75.00, stanza 72.92, syntok 68.75, Punkt 56.25, spaCy 52.08' },
  { label: 'en golden_rules', file: 'en.json', set: 'golden_rules', peers: 'Pragmatic Segmenter 98.08 (on 52)' },
  { label: 'en spec_segment', file: 'en.json', set: 'spec_segment', peers: '' },
  { label: 'ja', file: 'ja.json', peers: '' },
  { label: 'zh', file: 'zh.json', peers: '' },
  { label: 'zh_silver_dev', file: 'zh_silver_dev.json',
    peers: 'split after 。！？+closing quotes ~99.4, pragmatic_segmenter zh ~82.5' },
];

function score(evalDir, rulesPath, predPath, show) {
  const args = [join(evalDir, 'tools', 'sbd_score.py'), rulesPath, predPath];
  if (show > 0) args.push('--show', String(show));
  const out = execFileSync('python3', args, { encoding: 'utf8' }).trim().split('\n');
  return { result: JSON.parse(out[out.length - 1]), failures: out.slice(0, -1) };
}

export async function run({ root, evalDir }) {
  // PRECIS_EVAL_SHOW=N prints the first N failures of each set.
  const show = Number(process.env.PRECIS_EVAL_SHOW ?? 0);
  const work = mkdtempSync(join(tmpdir(), 'precis-sbd-'));
  const rows = [];
  try {
    for (const spec of SETS) {
      const source = join(evalDir, 'sbd', spec.file);
      let rules = JSON.parse(readFileSync(source, 'utf8'));
      let rulesPath = source;
      if (spec.set) {
        // A subset goes to a temporary file for the scorer; nothing is kept.
        rules = rules.filter((rule) => rule.set === spec.set);
        rulesPath = join(work, `${spec.set}.json`);
        writeFileSync(rulesPath, JSON.stringify(rules));
      }
      const inputPath = join(work, 'input.jsonl');
      const predPath = join(work, 'pred.jsonl');
      writeFileSync(inputPath, rules.map((rule) => JSON.stringify({ input: rule.input })).join('\n') + '\n');
      const predictions = execFileSync('node', [join(root, 'dist', 'cli.js'), 'sentences', '--jsonl', inputPath], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      writeFileSync(predPath, predictions);
      const { result, failures } = score(evalDir, rulesPath, predPath, show);
      for (const line of failures) console.log(`  ${spec.label} failure: ${line}`);
      rows.push({ ...spec, ...result });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log('| set | rules | passed | precis % | peers % |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.label} | ${row.rules} | ${row.passed} | ${row.accuracy.toFixed(2)} | ${row.peers} |`);
  }
  console.log('\nRules with "options" (PDF and no-clean variants) are not counted, as the scorer does.');
}
