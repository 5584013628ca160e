import { HttpError } from 'react-admin';
import { expectConsoleError } from './consoleGuard';

/**
 * Announces that the API will refuse a request with `status` during this test.
 *
 * react-admin logs every failed dataProvider call with console.error(error), which the test
 * setup counts as a failure. After this call, that log — an HttpError of this status, and
 * nothing else in the call — is let through; any other console.error still fails the test,
 * and so does the refusal never being logged.
 *
 *   expectRefusal(409);
 *   // … the user saves a stale record …
 */
export function expectRefusal(status: number) {
  expectConsoleError(
    `react-admin's log of a request refused with status ${status}`,
    (args) => args.length === 1 && args[0] instanceof HttpError && args[0].status === status,
  );
}
