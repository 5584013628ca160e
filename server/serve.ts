import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp, type AppDeps, type AppEnv } from './app';
import { staticSite } from './lib/staticFiles';

/** Vite names what it puts in assets/ after a hash of its content: it never changes under that name. */
const HASHED = 'public, max-age=31536000, immutable';
/** index.html and the files named as they are: always asked again, so a new release shows at once. */
const REVALIDATE = 'no-cache';

const cacheControlOf = (urlPath: string) => (urlPath.startsWith('/assets/') ? HASHED : REVALIDATE);

/** The address of the socket the request came in on (no proxy header is trusted). */
function clientAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/**
 * The API and, when `spaDir` is given (a built SPA), the SPA: its files from memory, compressed
 * at build time, and index.html for every page path (server/lib/staticFiles.ts). API answers
 * of some size go out gzipped when the client accepts it. Unknown /api paths stay JSON 404s and
 * missing files stay 404s.
 */
export function createServerApp(deps: AppDeps, { spaDir }: { spaDir: string | null }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/api/*', compress({ encoding: 'gzip' }));
  app.route('/', createApp({ clientAddress, ...deps }));
  if (spaDir) app.use('*', staticSite(spaDir, cacheControlOf));
  return app;
}

/** The built SPA next to the working directory, as `npm start` leaves it; null when not built. */
export function builtSpaDir(root = process.cwd()): string | null {
  const dir = join(root, 'dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

export interface RunningServer {
  url: string;
  /** Stops accepting connections and resolves once the requests in flight are answered. */
  close(): Promise<void>;
}

/** How long requests in flight may take to finish before their connections are cut. */
const DRAIN_MS = 10_000;

export function listen(app: Hono<AppEnv>, port: number, hostname?: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      const host = hostname ?? 'localhost';
      resolve({ url: `http://${host}:${info.port}`, close: () => closeGracefully(server as Server) });
    }) as Server;
    server.once('error', reject);
  });
}

function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    cut.unref();
    // close() stops accepting, lets the requests in flight finish and, since Node 19, closes
    // idle keep-alive connections, so it resolves as soon as the last answer is sent.
    server.close((error) => {
      clearTimeout(cut);
      if (error) reject(error);
      else resolve();
    });
  });
}
