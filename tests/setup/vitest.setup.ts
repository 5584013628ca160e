import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalogue, LOCALES } from '../../src/i18n';

// Component tests render the whole app over the mock API, and a save or a search goes to the
// API and back before the page changes: on a busy two-core machine that takes seconds, so
// findBy* and waitFor wait up to 10 s (not Testing Library's 1 s) before calling a change missing.
configure({ asyncUtilTimeout: 10_000 });

// The app loads a language when it is chosen; tests render any of them at once.
await Promise.all(LOCALES.map(({ locale }) => loadCatalogue(locale)));

// Before the console check of console.setup.ts (after-hooks run last registered first).
afterEach(() => cleanup());

// jsdom lacks these; MUI and recharts ask for them.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;
  window.scrollTo = () => {};
}
