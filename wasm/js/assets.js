// Finds and loads the package's binary assets (the .wasm and the ICU data): next to this
// module by default, from a caller's URL or bytes on request; checks what it loaded.

const isNode =
  typeof process === 'object' && process !== null && typeof process.versions?.node === 'string';

const MAGIC = {
  wasm: { check: (b) => b[0] === 0x00 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d, what: 'a WebAssembly module' },
  icuData: { check: (b) => b.length > 32 && b[2] === 0xda && b[3] === 0x27, what: 'an ICU data package' },
};

export const ASSET_FILES = { wasm: 'precis-core.wasm', icuData: 'precis-icu.dat' };

function toBytes(value) {
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

// kind: 'wasm' | 'icuData'. source: bytes, a URL (string or URL), or undefined.
// locateFile(name, defaultUrl) may return the URL of a file instead of the default.
export async function loadAsset(kind, source, locateFile) {
  const name = ASSET_FILES[kind];
  const given = toBytes(source);
  let bytes = given;
  let where = 'the bytes given';
  if (!bytes) {
    const defaultUrl = new URL(name, import.meta.url);
    let url;
    try {
      const located = source ?? (locateFile ? locateFile(name, defaultUrl.href) : undefined);
      url = new URL(located ?? defaultUrl, typeof location === 'object' ? location.href : defaultUrl);
    } catch (error) {
      throw new Error(`precis: cannot make a URL for ${name}: ${error.message}`);
    }
    where = url.href;
    try {
      bytes = await readUrl(url);
    } catch (error) {
      throw new Error(`precis: cannot load ${name} from ${where}: ${error.message}`);
    }
  }
  if (!MAGIC[kind].check(bytes)) {
    throw new Error(`precis: ${name} from ${where} is not ${MAGIC[kind].what}`);
  }
  return bytes;
}
