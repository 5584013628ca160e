/**
 * The console errors a test has announced. vitest.setup.ts fails any test that writes to
 * console.error, except for the calls announced here; an announced error that never comes
 * fails the test too, so a test cannot pass on a refusal that did not happen.
 * Tests announce through expectRefusal (tests/setup/expectRefusal.ts), not through this module.
 */
interface ExpectedError {
  /** Says what was expected, for the message when it never came. */
  what: string;
  matches: (args: unknown[]) => boolean;
  seen: boolean;
}

let expected: ExpectedError[] = [];

export function expectConsoleError(what: string, matches: (args: unknown[]) => boolean) {
  expected.push({ what, matches, seen: false });
}

/** True when the call is one the running test announced (and notes that it came). */
export function isExpectedConsoleError(args: unknown[]): boolean {
  const match = expected.find((error) => error.matches(args));
  if (match) match.seen = true;
  return match !== undefined;
}

/** Ends the test's announcements; returns what was announced but never logged. */
export function takeMissingConsoleErrors(): string[] {
  const missing = expected.filter((error) => !error.seen).map((error) => error.what);
  expected = [];
  return missing;
}
