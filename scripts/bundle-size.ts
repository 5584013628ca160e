import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
  /** As the server sends it to a browser that takes brotli (the copy the build writes). */
  brotli: number;
}
export interface BundleReport {
  /** The script the page (index.html unless told) loads. */
  entry: ChunkSize;
  /** Everything the page loads before it can start: the entry, its preloads and its CSS. */
  initial: ChunkSize[];
  initialGzip: number;
  initialBrotli: number;
  all: ChunkSize[];
}

const sizeOf = (dir: string, file: string): ChunkSize => {
  const content = readFileSync(join(dir, file));
  const brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length, brotli };
};

/** The public sign-up page (join.html) on its own, JS and CSS: a phone on a slow link (issue 14). */
export const JOIN_BUDGET = 15 * 1024;

/** What the first load of one page of a Vite build costs (index.html unless told), chunk by chunk. */
export function measurePage(outDir: string, page = 'index.html'): Omit<BundleReport, 'all'> {
  const dir = resolve(outDir);
  const html = readFileSync(join(dir, page), 'utf8');
  const entryFile = /<script type="module"[^>]*src="\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entryFile) throw new Error(`No module script in ${dir}/${page}`);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g)].map((m) => m[1]!);
  const initial = [entryFile, ...preloads, ...stylesheets].map((file) => sizeOf(dir, file));
  return {
    entry: initial[0]!,
    initial,
    initialGzip: initial.reduce((sum, chunk) => sum + chunk.gzip, 0),
    initialBrotli: initial.reduce((sum, chunk) => sum + chunk.brotli, 0),
  };
}

/** Reads a Vite build's output: what the app's first load costs, and every chunk. */
export function measureBundle(outDir: string): BundleReport {
  const dir = resolve(outDir);
  const all = readdirSync(join(dir, 'assets'))
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => sizeOf(dir, `assets/${file}`))
    .sort((a, b) => b.gzip - a.gzip);
  return { ...measurePage(dir), all };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = measureBundle(process.argv[2] ?? 'dist');
  console.info('chunk'.padEnd(56), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
  for (const chunk of report.all) console.info(chunk.file.padEnd(56), kb(chunk.bytes).padStart(10), kb(chunk.gzip).padStart(10), kb(chunk.brotli).padStart(10));
  console.info(`\nentry chunk: ${report.entry.file} ${kb(report.entry.gzip)} gzip, ${kb(report.entry.brotli)} brotli`);
  console.info(`first load (entry + preloads + CSS): ${kb(report.initialGzip)} gzip, ${kb(report.initialBrotli)} brotli`);
  const signUp = measurePage(process.argv[2] ?? 'dist', 'join.html');
  console.info(`sign-up page (join.html, JS + CSS): ${kb(signUp.initialGzip)} gzip, ${kb(signUp.initialBrotli)} brotli`);
  if (report.initialGzip > 350 * 1024) {
    console.error('The first load is over the 350 KB gzip budget.');
    process.exit(1);
  }
  if (signUp.initialGzip > JOIN_BUDGET) {
    console.error(`The sign-up page is over its ${kb(JOIN_BUDGET)} gzip budget.`);
    process.exit(1);
  }
}
