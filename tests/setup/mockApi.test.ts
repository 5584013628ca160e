import { describe, expect, it } from 'vitest';
import { useMockApi } from './mockApi';

useMockApi();

// A page left by a finished test may still be loading: its request must be answered before the
// test's database closes, not refused in the next test's time.
let leftBehind: Promise<Response> | undefined;

describe('the mock API between tests', () => {
  it('is left with a request under way', () => {
    leftBehind = fetch('http://localhost/api/partnerships?range=[0,4]');
    expect(leftBehind).toBeInstanceOf(Promise);
  });

  it('answered that request before it closed', async () => {
    const answer = await leftBehind!;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toHaveLength(5);
  });
});
