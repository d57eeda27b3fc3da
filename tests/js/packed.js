// Test helpers: `npm pack` the package as it would be published, and install the tarball
// into a fresh temporary project offline (it has no dependencies, so nothing is fetched).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// Returns {tarball, files}: the tarball's path and the paths it holds.
export function packTarball() {
  const dir = mkdtempSync(join(tmpdir(), 'precis-pack-'));
  const [info] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repoRoot));
  return { tarball: join(dir, info.filename), files: info.files.map((f) => f.path).sort() };
}

// Makes a temporary ES module project with the tarball installed; returns its folder.
export function installTarball(tarball, extra = {}) {
  const project = mkdtempSync(join(tmpdir(), 'precis-app-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'precis-consumer', private: true, type: 'module', ...extra }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], project);
  return project;
}
