import { setupWorker } from 'msw/browser';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import gazetteer from 'virtual:gazetteer';
import { createSession } from '../../server/auth/sessions';
import { toIsoDate } from '../domain';
import { generateSeed } from '../domain/seed';
import { apiHandler, memoryJar, mockApp, openMockDatabase } from './bridge';

/** Who this tab signed in as: a reload starts again from the demo seed, signed in as before. */
const SIGNED_IN = '500in5.mock.signedInAs';

const now = () => new Date().toISOString();
const today = () => toIsoDate(new Date());

/**
 * Mock mode (`--mode mock` builds only): the server's own app answers /api in the page, on
 * SQLite compiled to WebAssembly, seeded with the demo pipeline as of today. The demo team
 * signs in with DEMO_PASSWORD. Other requests (assets, the Vite client) pass through.
 */
export async function startWorker() {
  const SQL = await initSqlJs({ locateFile: () => wasmUrl });
  const handle = await openMockDatabase(SQL, { data: generateSeed({ gazetteer, today: today() }) });
  const app = mockApp(handle, { now, today, gazetteer });
  const jar = memoryJar();
  const saved = Number(sessionStorage.getItem(SIGNED_IN));
  if (Number.isSafeInteger(saved) && saved > 0) jar.set(await createSession(handle.db, saved, now()));
  const api = apiHandler(() => app, {
    ...jar,
    clear: () => {
      jar.clear();
      sessionStorage.removeItem(SIGNED_IN);
    },
  });
  const rememberSignIn = async ({ request, response }: { request: Request; response: Response }) => {
    if (response.ok && request.method === 'POST' && new URL(request.url).pathname === '/api/auth/login') {
      sessionStorage.setItem(SIGNED_IN, String(((await response.clone().json()) as { id: number }).id));
    }
  };
  const worker = setupWorker(api);
  worker.events.on('response:mocked', (event) => void rememberSignIn(event));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
}
