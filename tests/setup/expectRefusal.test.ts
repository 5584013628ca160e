import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { isExpectedConsoleError, takeMissingConsoleErrors } from './consoleGuard';
import { expectRefusal } from './expectRefusal';

describe('expectRefusal', () => {
  it('lets through react-admin’s log of the announced refusal, and nothing else', () => {
    expectRefusal(409);

    expect(isExpectedConsoleError([new HttpError('stale', 409)])).toBe(true);
    expect(isExpectedConsoleError([new HttpError('invalid', 400)])).toBe(false);
    expect(isExpectedConsoleError([new HttpError('stale', 409), 'and more'])).toBe(false);
    expect(isExpectedConsoleError([{ status: 409 }])).toBe(false);
    expect(isExpectedConsoleError(['Warning: something else'])).toBe(false);
    expect(takeMissingConsoleErrors()).toEqual([]);
  });

  it('reports an announced refusal that was never logged', () => {
    expectRefusal(500);

    expect(takeMissingConsoleErrors()).toEqual(["react-admin's log of a request refused with status 500"]);
  });

  it('lets the same refusal through as often as react-admin logs it, within one test only', () => {
    expectRefusal(400);
    expect(isExpectedConsoleError([new HttpError('invalid', 400)])).toBe(true);
    expect(isExpectedConsoleError([new HttpError('invalid', 400)])).toBe(true);
    takeMissingConsoleErrors();

    expect(isExpectedConsoleError([new HttpError('invalid', 400)])).toBe(false);
  });
});
