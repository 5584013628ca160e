import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleIsStale } from '../../scripts/build-server.ts';
import { productionBuild } from './productionBuild.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where tests/e2e/realServer.e2e.ts builds them too: whichever runs first builds, the other reuses. */
export const E2E_SERVER_BUNDLE = join(ROOT, 'node_modules/.e2e/server/index.js');
export const E2E_SPA = join(ROOT, 'node_modules/.e2e/dist-server-spa');

/** What the SPA is made of: a change to any of it makes the built SPA stale. */
const SPA_SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'scripts/vite-gazetteer-plugin.ts', 'scripts/gazetteer.ts', 'package-lock.json'];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), stats.mtimeMs);
}

function spaIsStale(): boolean {
  const index = join(E2E_SPA, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SPA_SOURCES.map((source) => join(ROOT, source)).some((source) => existsSync(source) && newestChange(source) > built);
}

/**
 * What `npm start` runs: the production SPA and the server bundle, built only when missing or
 * older than their sources, so a test or the bench never runs yesterday's code.
 */
export async function realServerBuild(): Promise<{ bundle: string; spa: string }> {
  if (spaIsStale()) await productionBuild({ root: ROOT, build: { outDir: E2E_SPA, emptyOutDir: true, sourcemap: false } });
  if (bundleIsStale(E2E_SERVER_BUNDLE)) {
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-server.ts', `--outfile=${E2E_SERVER_BUNDLE}`], { cwd: ROOT, stdio: 'pipe' });
  }
  return { bundle: E2E_SERVER_BUNDLE, spa: E2E_SPA };
}
