import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** What is worth compressing: text and WebAssembly. Images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|wasm|txt|xml|webmanifest)$/;
/** Below this the headers outweigh what compression saves. */
export const MIN_BYTES = 1024;

/** The smaller copies of one file: brotli (maximum quality, paid once at build) and gzip. */
export async function precompressFile(path: string): Promise<string[]> {
  const content = readFileSync(path);
  if (content.length < MIN_BYTES) return [];
  const variants = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        [constants.BROTLI_PARAM_MODE]: path.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }).then((bytes) => ({ suffix: '.br', bytes })),
    gzipped(content, { level: constants.Z_BEST_COMPRESSION }).then((bytes) => ({ suffix: '.gz', bytes })),
  ]);
  // A copy no smaller than the file is not worth a request's negotiation.
  const kept = variants.filter(({ bytes }) => bytes.length < content.length);
  for (const { suffix, bytes } of kept) writeFileSync(`${path}${suffix}`, bytes);
  return kept.map(({ suffix }) => `${path}${suffix}`);
}

/** Every compressible file of a built directory (source maps aside: nobody downloads them on a slow link). */
export function compressibleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes `file.br` and `file.gz` beside every compressible file of the build, so the server
 * sends the smallest copy the browser accepts without compressing anything per request.
 */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await Promise.all(compressibleFiles(outDir).map(precompressFile));
    },
  };
}
