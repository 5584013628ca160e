import { setupWorker } from 'msw/browser';
import { createMockApi } from './createMockApi';

/**
 * Serves /api from the browser (mock mode only): MSW's service worker answers from an
 * in-memory store seeded with the demo pipeline. Other requests (assets, the Vite client) pass.
 */
export async function startWorker() {
  const { handlers } = createMockApi();
  await setupWorker(...handlers).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
