import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';

/** How a file may be sent: as built, or one of its copies compressed at build time. */
export type Encoding = 'br' | 'gzip' | 'identity';

interface Variant {
  encoding: Encoding;
  body: Uint8Array;
  etag: string;
}

interface StaticFile {
  type: string;
  cacheControl: string;
  /** Smallest first; the last is the file as built. */
  variants: Variant[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};
const typeOf = (path: string) => TYPES[extname(path)] ?? 'application/octet-stream';

const COPIES: { suffix: string; encoding: Encoding }[] = [
  { suffix: '.br', encoding: 'br' },
  { suffix: '.gz', encoding: 'gzip' },
];

/**
 * The encodings the request accepts, in the server's order of preference (smallest first).
 * A q of 0 refuses one; `*` stands for any not named.
 */
export function acceptedEncodings(header: string | undefined): Set<Encoding> {
  const accepted = new Set<Encoding>(['identity']);
  if (!header) return accepted;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const any = weights.get('*');
  for (const { encoding } of COPIES) {
    const weight = weights.get(encoding) ?? any ?? 0;
    if (weight > 0) accepted.add(encoding);
  }
  return accepted;
}

const hashOf = (content: Uint8Array) => createHash('sha256').update(content).digest('base64url').slice(0, 22);

/** One built file and the compressed copies beside it, read once. */
function loadFile(path: string, cacheControl: string): StaticFile {
  const content = readFileSync(path);
  const hash = hashOf(content);
  const variants: Variant[] = [];
  for (const { suffix, encoding } of COPIES) {
    try {
      variants.push({ encoding, body: readFileSync(`${path}${suffix}`), etag: `"${hash}-${encoding}"` });
    } catch {
      // No copy: the file was too small or did not compress.
    }
  }
  variants.sort((a, b) => a.body.length - b.body.length);
  variants.push({ encoding: 'identity', body: content, etag: `"${hash}"` });
  return { type: typeOf(path), cacheControl, variants };
}

const isCopy = (name: string) => COPIES.some(({ suffix }) => name.endsWith(suffix));

export interface StaticSite {
  /** The URL path of each file kept in memory ("/index.html", "/assets/index-abc.js"). */
  files: ReadonlyMap<string, StaticFile>;
  /** Source maps stay on disk: only a developer's tools ask for them. */
  onDisk: ReadonlySet<string>;
}

/** Reads a built SPA into memory: every file and its compressed copies, source maps aside. */
export function loadStaticSite(dir: string, cacheControlOf: (urlPath: string) => string): StaticSite {
  const files = new Map<string, StaticFile>();
  const onDisk = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || isCopy(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const urlPath = `/${relative(dir, path).split(sep).join('/')}`;
    if (entry.name.endsWith('.map')) onDisk.add(urlPath);
    else files.set(urlPath, loadFile(path, cacheControlOf(urlPath)));
  }
  return { files, onDisk };
}

/** The ETag a conditional request already holds, if it names this one. */
function alreadyHeld(c: Context, etag: string): boolean {
  const held = c.req.header('If-None-Match');
  return held !== undefined && held.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends a kept file in the smallest encoding the request accepts, or 304 when it holds it. */
export function sendStaticFile(c: Context, file: StaticFile): Response {
  const accepted = acceptedEncodings(c.req.header('Accept-Encoding'));
  const variant = file.variants.find((v) => accepted.has(v.encoding))!;
  c.header('Cache-Control', file.cacheControl);
  c.header('ETag', variant.etag);
  // Caches between must keep one copy per encoding whenever there is more than one.
  if (file.variants.length > 1) c.header('Vary', 'Accept-Encoding');
  if (alreadyHeld(c, variant.etag)) return c.body(null, 304);
  c.header('Content-Type', file.type);
  if (variant.encoding !== 'identity') c.header('Content-Encoding', variant.encoding);
  c.header('Content-Length', String(variant.body.length));
  return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(variant.body as Uint8Array<ArrayBuffer>, 200);
}

/** A path whose last segment has an extension names a file: when missing, a 404, not the app. */
const namesAFile = (path: string) => /\.[^/]+$/.test(path);

/**
 * The built SPA from memory: its files by path, a page of its own by its name (/join is
 * join.html), and index.html for every other page path so that reloading /partnerships/12
 * opens the app there. Other methods and /api pass on.
 */
export function staticSite(dir: string, cacheControlOf: (urlPath: string) => string): MiddlewareHandler {
  const site = loadStaticSite(dir, cacheControlOf);
  const index = site.files.get('/index.html');
  if (!index) throw new Error(`No index.html in ${dir}`);
  return async (c, next) => {
    const { method, path } = c.req;
    if ((method !== 'GET' && method !== 'HEAD') || path === '/api' || path.startsWith('/api/')) return next();
    const file = site.files.get(path);
    if (file) return sendStaticFile(c, file);
    if (site.onDisk.has(path)) {
      c.header('Cache-Control', cacheControlOf(path));
      return c.body(new Uint8Array(await readFile(join(dir, path))), 200, { 'Content-Type': typeOf(path) });
    }
    if (namesAFile(path)) return next();
    // A page of its own answers its name (join.html for /join), as Vite's dev and preview servers do.
    return sendStaticFile(c, site.files.get(`${path}.html`) ?? index);
  };
}
