import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

async function startMockApi() {
  // Only `--mode mock` builds take this branch: MSW and the seed never reach a production bundle.
  if (import.meta.env.MODE !== 'mock') return;
  const { startWorker } = await import('./mocks/browser');
  await startWorker();
}

startMockApi().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
