import { afterEach, beforeEach, vi } from 'vitest';
import { isExpectedConsoleError, takeMissingConsoleErrors } from './consoleGuard';

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
  vi.restoreAllMocks();
  for (const missing of takeMissingConsoleErrors()) problems.push(`expected but never logged: ${missing}`);
  if (problems.length > 0) {
    const found = problems;
    problems = [];
    throw new Error(`The console was not as the test expected:\n${found.join('\n')}`);
  }
});
