/**
 * Builds the SPA into dist/ for the server to send (`npm run build` also type-checks first):
 *
 *   tsx scripts/build-spa.ts              build
 *   tsx scripts/build-spa.ts --if-stale   build only when dist/ is missing or older than its sources
 *
 * `npm start` runs it with --if-stale, so after an update it never serves yesterday's app.
 */
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { isStale } from './staleness.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const SPA_DIR = join(ROOT, 'dist');

/** What the SPA is made of: a change to any of it makes a built SPA stale. */
export const SPA_SOURCES = [
  'src',
  'public',
  'index.html',
  'join.html',
  'vite.config.ts',
  'scripts/vite-gazetteer-plugin.ts',
  'scripts/vite-precompress-plugin.ts',
  'scripts/gazetteer.ts',
  'package-lock.json',
];

export const spaIsStale = (outDir = SPA_DIR, root = ROOT) => isStale(join(outDir, 'index.html'), SPA_SOURCES, root);

/**
 * `vite build` as production. Under Vitest NODE_ENV is "test", which would give React's
 * development build and JSX runtime, so it is set for the build and put back after.
 */
export async function buildSpa(config: InlineConfig = {}) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', ...config });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv.includes('--if-stale') && !spaIsStale()) {
    console.info(`${relative(process.cwd(), SPA_DIR)}/ is up to date`);
  } else {
    await buildSpa();
    console.info(`Built ${relative(process.cwd(), SPA_DIR)}/`);
  }
}
