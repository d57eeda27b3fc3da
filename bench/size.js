// Reports what a browser downloads on first use of each entry point of the built package
// (dist/), raw and brotli-compressed, against the 1.8 MB target. Usage: npm run bench:size
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const TARGET = 1.8e6;
// Fetched only when a text needs it (see wasm/js/dictionaries.js), never on first use.
const ON_DEMAND = new Set(['precis-icu-sea.dat']);
const ENTRIES = { '.': 'index.js', './worker': 'worker.js', './element': 'element.js' };

// Every file a module pulls in: static and relative dynamic imports, and the assets and
// worker scripts it names with new URL('./file', import.meta.url).
function references(file) {
  const source = readFileSync(new URL(file, dist), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');  // comments name no files
  const found = new Set();
  const patterns = [
    /\bimport\s[^'"]*?from\s*['"]\.\/([^'"]+)['"]/g,
    /\bexport\s[^'"]*?from\s*['"]\.\/([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]\.\/([^'"]+)['"]\s*\)/g,
    /\bnew URL\(\s*['"](?:\.\/)?([\w.-]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

function closure(entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) stack.push(...references(file));
  }
  return [...seen].sort();
}

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(new URL(file, dist));
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
    sizes.set(file, { raw: bytes.length, brotli });
  }
  return sizes.get(file);
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const mb = (n) => `${(n / 1e6).toFixed(3)} MB`;
let worst = 0;
for (const [entry, file] of Object.entries(ENTRIES)) {
  const files = closure(file);
  const firstUse = files.filter((f) => !ON_DEMAND.has(f));
  const total = firstUse.reduce((sum, f) => sum + sizeOf(f).brotli, 0);
  const raw = firstUse.reduce((sum, f) => sum + sizeOf(f).raw, 0);
  worst = Math.max(worst, total);
  console.log(`\nprecis${entry === '.' ? '' : entry.slice(1)}: first use downloads ${mb(total)} brotli (${mb(raw)} raw)`);
  for (const f of files) {
    const { raw: r, brotli: b } = sizeOf(f);
    console.log(`  ${f.padEnd(24)} ${kb(r).padStart(11)} ${kb(b).padStart(11)}${ON_DEMAND.has(f) ? '  (on demand only)' : ''}`);
  }
}
console.log(`\nlargest first-use download: ${mb(worst)} brotli; target ${mb(TARGET)}: ${worst <= TARGET ? 'met' : 'MISSED'}`);
