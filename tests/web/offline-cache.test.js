// The service worker's list (web/sw.js FILES) holds every file the page needs offline: each
// page file, and every module the page's worker imports from the package, followed import by
// import, so that a module added to the package is not forgotten there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const web = path.join(root, 'web');

function cachedFiles() {
  const source = fs.readFileSync(path.join(web, 'sw.js'), 'utf8');
  const list = source.match(/const FILES = \[([\s\S]*?)\];/);
  assert.ok(list, 'web/sw.js has a FILES list');
  return new Set([...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]));
}

// Relative static imports of a module, resolved against its folder.
function importsOf(file) {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]));
}

test('every page file is in the offline cache', () => {
  const cached = cachedFiles();
  for (const name of fs.readdirSync(web).filter((n) => n !== 'sw.js')) {
    assert.ok(cached.has(name), `web/sw.js FILES lacks ${name}`);
  }
});

test('every module the page loads from the package is in the offline cache', () => {
  const cached = cachedFiles();
  // The page serves the package's files from dist/ beside web/ (scripts/start.sh): map both.
  const toUrl = (file) => path.relative(file.startsWith(path.join(root, 'dist')) ? root : web, file).split(path.sep).join('/');
  const seen = new Set();
  const pending = fs.readdirSync(web).filter((n) => n.endsWith('.js') && n !== 'sw.js').map((n) => path.join(web, n));
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of importsOf(file)) {
      const resolved = imported.startsWith(path.join(web, 'dist')) ? path.join(root, 'dist', path.relative(path.join(web, 'dist'), imported)) : imported;
      if (!fs.existsSync(resolved)) continue;  // not built here: the package tests cover dist/
      pending.push(resolved);
      assert.ok(cached.has(toUrl(resolved)), `web/sw.js FILES lacks ${toUrl(resolved)} (imported by ${path.relative(root, file)})`);
    }
  }
});
