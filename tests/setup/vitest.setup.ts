import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// Any console.error — or a translation key missing from a catalogue — fails the test that caused it.
let problems: string[] = [];
const original = { error: console.error, warn: console.warn };

beforeEach(() => {
  problems = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
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
  if (problems.length > 0) {
    const found = problems;
    problems = [];
    throw new Error(`The test wrote to the console:\n${found.join('\n')}`);
  }
});

// jsdom lacks these; MUI and recharts ask for them.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
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
