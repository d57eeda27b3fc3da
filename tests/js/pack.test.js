// The published package: `npm pack` holds only what users need, and the tarball installed
// into a fresh project (offline) works in plain Node through every entry point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { installTarball, packTarball } from './packed.js';

const { tarball, files } = packTarball();
const project = installTarball(tarball);
process.on('exit', () => {
  rmSync(project, { recursive: true, force: true });
  rmSync(dirname(tarball), { recursive: true, force: true });
});

test('the tarball holds the built files, types, README, CHANGELOG, the licenses and nothing else', () => {
  for (const required of [
    'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json',
    'dist/index.js', 'dist/index.d.ts', 'dist/worker.js', 'dist/worker.d.ts', 'dist/worker-thread.js',
    'dist/element.js', 'dist/element.d.ts', 'dist/cli.js',
    'dist/precis-core.js', 'dist/precis-core.wasm', 'dist/precis-icu.dat', 'dist/precis-icu-sea.dat',
    'dist/ICU-LICENSE.txt',
  ]) assert.ok(files.includes(required), `${required} is packed`);
  const unexpected = files.filter((f) => !/^(LICENSE|README\.md|CHANGELOG\.md|package\.json|dist\/[\w.-]+\.(js|d\.ts|wasm|dat)|dist\/ICU-LICENSE\.txt)$/.test(f));
  assert.deepEqual(unexpected, []);
});

test('the installed package analyzes in Node through ".", "./worker" and its CLI', () => {
  const script = `
    import { createAnalyzer } from 'precis';
    import { createWorkerAnalyzer } from 'precis/worker';
    import { PrecisArticleElement } from 'precis/element';
    const text = '我們喜歡學習中文。Shares rose 3.5%.';
    const analyzer = await createAnalyzer();
    const worker = await createWorkerAnalyzer();
    const here = analyzer.analyze(text);
    const there = await worker.analyze(text);
    console.log(JSON.stringify({
      sentences: here.sentences.map((s) => text.slice(s.start, s.end)),
      same: JSON.stringify(here) === JSON.stringify(there),
      element: typeof PrecisArticleElement,
    }));
  `;
  writeFileSync(join(project, 'main.js'), script);
  const run = spawnSync(process.execPath, ['main.js'], { cwd: project, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), {
    sentences: ['我們喜歡學習中文。', 'Shares rose 3.5%.'], same: true, element: 'function',
  });
  const cli = spawnSync(join(project, 'node_modules/.bin/precis'), ['words'], { input: '你好，世界。', encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(cli.stdout, '你好 ， 世界 。\n');
});
