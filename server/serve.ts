import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp, type AppDeps, type AppEnv } from './app';

/** Vite names what it puts in assets/ after a hash of its content: it never changes under that name. */
const HASHED = 'public, max-age=31536000, immutable';
/** index.html and the files named as they are: always asked again, so a new release shows at once. */
const REVALIDATE = 'no-cache';

const cacheFor = (value: string) => (_path: string, c: Context) => {
  c.header('Cache-Control', value);
};

/** The address of the socket the request came in on (no proxy header is trusted). */
function clientAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** A path whose last segment has an extension names a file: when missing, a 404, not the app. */
const namesAFile = (path: string) => /\.[^/]+$/.test(path);

/**
 * The API and, when `spaDir` is given (a built SPA), the SPA: its files, and index.html for
 * every page path so that reloading /partnerships/12 opens the app there. Unknown /api paths
 * stay JSON 404s and missing files stay 404s.
 */
export function createServerApp(deps: AppDeps, { spaDir }: { spaDir: string | null }): Hono<AppEnv> {
  const app = createApp({ clientAddress, ...deps });
  if (spaDir) {
    const indexHtml = serveStatic({ path: join(spaDir, 'index.html'), onFound: cacheFor(REVALIDATE) });
    app.use('/assets/*', serveStatic({ root: spaDir, onFound: cacheFor(HASHED) }));
    app.use('*', serveStatic({ root: spaDir, onFound: cacheFor(REVALIDATE) }));
    app.get('*', (c, next) => (namesAFile(c.req.path) ? next() : indexHtml(c, next)));
  }
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
