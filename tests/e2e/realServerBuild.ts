import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { bundleIsStale } from '../../scripts/build-server.ts';
import { buildSpa, spaIsStale } from '../../scripts/build-spa.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where tests/e2e/realServer.e2e.ts builds them too: whichever runs first builds, the other reuses. */
export const E2E_SERVER_BUNDLE = join(ROOT, 'node_modules/.e2e/server/index.js');
export const E2E_SPA = join(ROOT, 'node_modules/.e2e/dist-server-spa');

/**
 * What `npm start` runs: the production SPA and the server bundle, built only when missing or
 * older than their sources, so a test or the bench never runs yesterday's code.
 */
export async function realServerBuild(): Promise<{ bundle: string; spa: string }> {
  if (spaIsStale(E2E_SPA)) await buildSpa({ root: ROOT, build: { outDir: E2E_SPA, emptyOutDir: true, sourcemap: false } });
  if (bundleIsStale(E2E_SERVER_BUNDLE)) {
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-server.ts', `--outfile=${E2E_SERVER_BUNDLE}`], { cwd: ROOT, stdio: 'pipe' });
  }
  return { bundle: E2E_SERVER_BUNDLE, spa: E2E_SPA };
}
