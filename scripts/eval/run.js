// npm run eval: runs every scripts/eval/*.eval.js against ../shared/eval (the gold standards
// and scorers, which never enter the project) and prints their tables. Skips when absent.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const evalDir = process.env.PRECIS_EVAL_DIR ?? join(root, '..', 'shared', 'eval');

if (!existsSync(evalDir)) {
  console.log(`precis eval: skipped: no evaluation data at ${evalDir} (set PRECIS_EVAL_DIR to point elsewhere)`);
  process.exit(0);
}

const only = process.argv.slice(2);
const here = fileURLToPath(new URL('.', import.meta.url));
const suites = readdirSync(here).filter((f) => f.endsWith('.eval.js')).sort()
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)));
let failed = false;
for (const file of suites) {
  const suite = await import(pathToFileURL(join(here, file)).href);
  console.log(`\n## ${suite.title ?? file}\n`);
  try {
    await suite.run({ root, evalDir });
  } catch (error) {
    failed = true;
    console.error(`precis eval: ${file} failed: ${error.stack ?? error}`);
  }
}
process.exit(failed ? 1 : 0);
