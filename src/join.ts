import './pages/join/join.css';
import { pickLocale } from './pages/join/i18n';
import { renderJoinPage } from './pages/join/page';

/** The public sign-up page's entry (join.html): on its own, apart from the staff app of main.tsx. */
async function startMockApi() {
  // Only `--mode mock` builds take this branch: MSW and the seed never reach a production bundle.
  if (import.meta.env.MODE !== 'mock') return;
  const { startWorker } = await import('./mocks/browser');
  await startWorker();
}

void startMockApi().then(() => renderJoinPage(document.body, { locale: pickLocale(location.search, navigator.languages) }));
