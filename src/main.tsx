import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadCatalogue, preferredLocale } from './i18n';

async function startMockApi() {
  // Only `--mode mock` builds take this branch: MSW and the seed never reach a production bundle.
  if (import.meta.env.MODE !== 'mock') return;
  const { startWorker } = await import('./mocks/browser');
  await startWorker();
}

// The reader's language loads before the first screen, so nothing shows in English first;
// if it cannot load (offline), the app opens in English.
const locale = preferredLocale();
Promise.all([startMockApi(), loadCatalogue(locale).catch(() => undefined)]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
