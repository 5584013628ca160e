import { setupWorker } from 'msw/browser';
import { createMockApi } from './createMockApi';

/** Where the mock keeps who is signed in: a reload rebuilds the store but keeps the demo session. */
const SESSION_KEY = '500in5.mock.userId';

function savedSession(): number | null {
  const id = Number(sessionStorage.getItem(SESSION_KEY));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function saveSession(userId: number | null) {
  if (userId === null) sessionStorage.removeItem(SESSION_KEY);
  else sessionStorage.setItem(SESSION_KEY, String(userId));
}

/**
 * Serves /api from the browser (mock mode only): MSW's service worker answers from an
 * in-memory store seeded with the demo pipeline. Other requests (assets, the Vite client) pass.
 * The demo team signs in with DEMO_PASSWORD (src/mocks/auth.ts).
 */
export async function startWorker() {
  const { handlers } = createMockApi({ signedInAs: savedSession(), onSessionChange: saveSession });
  await setupWorker(...handlers).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
