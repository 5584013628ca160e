import { preview, type PreviewServer } from 'vite';
import { buildSpa } from '../../scripts/build-spa.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const MOCK_OUT_DIR = resolve(ROOT, 'node_modules/.e2e/dist-mock');

/**
 * The SPA built in mock mode (MSW in the page, the real production bundle otherwise),
 * served on a free loopback port.
 */
export async function serveMockBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(resolve(MOCK_OUT_DIR, 'index.html')) || process.env.E2E_REBUILD !== '0') {
    await buildSpa({ root: ROOT, mode: 'mock', build: { outDir: MOCK_OUT_DIR, emptyOutDir: true } });
  }
  const server: PreviewServer = await preview({
    root: ROOT,
    mode: 'mock',
    logLevel: 'warn',
    build: { outDir: MOCK_OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
