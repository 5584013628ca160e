import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { isExpectedConsoleError, takeMissingConsoleErrors } from './consoleGuard';

// Component tests render the whole app over the mock API, and a save or a search goes to the
// API and back before the page changes: on a busy two-core machine that takes seconds, so
// findBy* and waitFor wait up to 10 s (not Testing Library's 1 s) before calling a change missing.
configure({ asyncUtilTimeout: 10_000 });

// Any console.error — or a translation key missing from a catalogue — fails the test that caused
// it, unless the test announced that error (see expectRefusal.ts).
let problems: string[] = [];
const original = { error: console.error, warn: console.warn };

beforeEach(() => {
  problems = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (isExpectedConsoleError(args)) return;
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    original.error(...args);
  });
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('Missing translation')) problems.push(`missing translation: ${text}`);
    original.warn(...args);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const missing of takeMissingConsoleErrors()) problems.push(`expected but never logged: ${missing}`);
  if (problems.length > 0) {
    const found = problems;
    problems = [];
    throw new Error(`The console was not as the test expected:\n${found.join('\n')}`);
  }
});

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
