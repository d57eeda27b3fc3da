// Finds and loads the package's binary assets (the .wasm and the ICU data packages): next to
// this module by default, from a caller's URL or bytes on request; checks what it loaded.

const isNode =
  typeof process === 'object' && process !== null && typeof process.versions?.node === 'string';

const MAGIC = {
  wasm: { check: (b) => b[0] === 0x00 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d, what: 'a WebAssembly module' },
  icuData: { check: (b) => b.length > 32 && b[2] === 0xda && b[3] === 0x27, what: 'an ICU data package' },
  seaData: { check: (b) => b.length > 32 && b[2] === 0xda && b[3] === 0x27, what: 'an ICU data package' },
};

export const ASSET_FILES = { wasm: 'precis-core.wasm', icuData: 'precis-icu.dat', seaData: 'precis-icu-sea.dat' };

// Each default is written as a literal `new URL('./file', import.meta.url)` because that is
// the pattern bundlers (Vite, webpack 5, Rollup, esbuild plugins) recognize: they copy the
// file into the build and rewrite the URL. A computed name would leave the file behind and
// the app would fetch its index.html instead ("expected magic word" errors elsewhere).
export function defaultAssetUrl(kind) {
  switch (kind) {
    case 'wasm': return new URL('./precis-core.wasm', import.meta.url);
    case 'icuData': return new URL('./precis-icu.dat', import.meta.url);
    case 'seaData': return new URL('./precis-icu-sea.dat', import.meta.url);
    default: throw new Error(`precis: unknown asset ${kind}`);
  }
}

export function toBytes(value) {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return null;
}

async function readUrl(url) {
  if (url.protocol === 'file:') {
    if (!isNode) throw new Error('file: URLs can only be read in Node');
    const fs = await import(/* @vite-ignore */ 'node:' + 'fs/promises');
    const { fileURLToPath } = await import(/* @vite-ignore */ 'node:' + 'url');
    return new Uint8Array(await fs.readFile(fileURLToPath(url)));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

// Where an asset comes from: its bytes, or the absolute URL to load it from.
// source: bytes, a URL (string or URL), or undefined; locateFile(name, defaultUrl) may
// return the URL of a file instead of the default.
export function resolveAsset(kind, source, locateFile) {
  const name = ASSET_FILES[kind];
  const bytes = toBytes(source);
  if (bytes) return { bytes };
  const defaultUrl = defaultAssetUrl(kind);
  try {
    const located = source ?? (locateFile ? locateFile(name, defaultUrl.href) : undefined);
    const base = typeof location === 'object' && location?.href ? location.href : defaultUrl;
    return { url: new URL(located ?? defaultUrl, base).href };
  } catch (error) {
    throw new Error(`precis: cannot make a URL for ${name}: ${error.message}`);
  }
}

// kind: 'wasm' | 'icuData' | 'seaData'; source and locateFile as for resolveAsset.
export async function loadAsset(kind, source, locateFile) {
  const name = ASSET_FILES[kind];
  const resolved = resolveAsset(kind, source, locateFile);
  let bytes = resolved.bytes;
  const where = resolved.url ?? 'the bytes given';
  if (!bytes) {
    try {
      bytes = await readUrl(new URL(resolved.url));
    } catch (error) {
      throw new Error(`precis: cannot load ${name} from ${where}: ${error.message}`);
    }
  }
  if (!MAGIC[kind].check(bytes)) {
    throw new Error(`precis: ${name} from ${where} is not ${MAGIC[kind].what}`);
  }
  return bytes;
}
