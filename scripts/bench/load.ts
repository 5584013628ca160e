import http from 'node:http';
import type { Budget } from './config';

/** One scenario's figures. Latencies are in milliseconds, measured to the last byte of the body. */
export interface LoadResult {
  /** The first request, alone, before any warm-up: what a cold cache costs. */
  coldMs: number;
  requests: number;
  /** Answers other than 2xx, and requests that failed on the network. */
  errors: number;
  /** Still running when the grace time ran out: their latency is a lower bound. */
  aborted: number;
  firstError: string | null;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Whether p99 includes aborted requests, so the true figure is higher. */
  p99IsLowerBound: boolean;
  meanBytes: number;
}

export interface Scenario {
  /** The URL of the i-th request: requests vary their filters by index. */
  urlOf: (index: number) => string;
  budget: Budget;
  concurrency: number;
  /** Sent with every request: the server's session cookie (decision 011: every /api route needs one). */
  headers?: Record<string, string>;
}

interface Sample {
  ms: number;
  ok: boolean;
  aborted: boolean;
  bytes: number;
  error?: string;
}

/**
 * A keep-alive HTTP/1.1 client from node:http, not fetch: fetch's CPU per request saturated
 * the bench's own core first, so it measured itself rather than the server.
 */
function createClient(concurrency: number, extraHeaders: Record<string, string> = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const inFlight = new Set<http.ClientRequest>();
  const abortedRequests = new WeakSet<http.ClientRequest>();

  /** Reads the whole body, discarding it as it comes (a 500 MB answer costs no memory here). */
  const timedRequest = (url: string) =>
    new Promise<Sample>((resolveSample) => {
      const started = performance.now();
      let bytes = 0;
      let done = false;
      const finish = (sample: Omit<Sample, 'ms' | 'bytes'>) => {
        if (done) return;
        done = true;
        inFlight.delete(request);
        resolveSample({ ...sample, ms: performance.now() - started, bytes });
      };
      // What a browser sends: json-server compresses its answers when asked (the bench does not unpack them).
      const request = http.get(url, { agent, headers: { 'accept-encoding': 'gzip, deflate, br', ...extraHeaders } }, (response) => {
        const status = response.statusCode ?? 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => finish(status < 300 ? { ok: true, aborted: false } : { ok: false, aborted: false, error: `HTTP ${status}` }));
        response.on('error', (error) => finish({ ok: false, aborted: abortedRequests.has(request), error: error.message }));
        // After 'end' this changes nothing; before it, the answer was cut short.
        response.on('close', () => finish({ ok: false, aborted: abortedRequests.has(request), error: 'connection closed mid-answer' }));
      });
      request.on('error', (error) => finish({ ok: false, aborted: abortedRequests.has(request), error: error.message }));
      inFlight.add(request);
    });

  return {
    timedRequest,
    /** Ends every request in flight: they count as aborted, with the time they had run. */
    abortAll: () => {
      for (const request of inFlight) {
        abortedRequests.add(request);
        request.destroy();
      }
    },
    close: () => agent.destroy(),
  };
}

type Client = ReturnType<typeof createClient>;

/**
 * `concurrency` workers pull request numbers from one shared counter until `count` requests
 * were started or `seconds` have passed; requests still running `graceSeconds` later are aborted.
 */
async function phase(client: Client, scenario: Scenario, firstIndex: number, count: number, seconds: number) {
  const samples: Sample[] = [];
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  const abortAt = stopAt + scenario.budget.graceSeconds * 1000;
  const abortTimer = setTimeout(client.abortAll, abortAt - started);
  let next = 0;
  const worker = async () => {
    while (next < count && performance.now() < stopAt) {
      const index = firstIndex + next++;
      samples.push(await client.timedRequest(scenario.urlOf(index)));
    }
  };
  await Promise.all(Array.from({ length: scenario.concurrency }, worker));
  clearTimeout(abortTimer);
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: Float64Array, p: number) => (sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!);

export async function runLoad(scenario: Scenario): Promise<LoadResult> {
  const { budget } = scenario;
  const client = createClient(scenario.concurrency, scenario.headers);
  const coldTimer = setTimeout(client.abortAll, (budget.seconds + budget.graceSeconds) * 1000);
  const cold = await client.timedRequest(scenario.urlOf(0));
  clearTimeout(coldTimer);
  // Warm-up: the same load, not counted (JIT, connection set-up, caches).
  await phase(client, scenario, 1, budget.warmupRequests, budget.seconds);
  const { samples, seconds } = await phase(client, scenario, 1 + budget.warmupRequests, budget.requests, budget.seconds);
  client.close();
  const latencies = Float64Array.from(samples, (s) => s.ms).sort();
  const aborted = samples.filter((s) => s.aborted).length;
  const failed = samples.filter((s) => !s.ok && !s.aborted);
  const completed = samples.filter((s) => s.ok);
  const p99 = percentile(latencies, 99);
  const slowestAborted = Math.min(...samples.filter((s) => s.aborted).map((s) => s.ms));
  return {
    coldMs: cold.ms,
    requests: samples.length,
    errors: failed.length + (cold.ok || cold.aborted ? 0 : 1),
    aborted,
    firstError: cold.error ?? failed[0]?.error ?? null,
    seconds,
    perSecond: completed.length / seconds,
    p50: percentile(latencies, 50),
    p99,
    max: latencies[latencies.length - 1] ?? NaN,
    p99IsLowerBound: aborted > 0 && p99 >= slowestAborted,
    meanBytes: completed.length ? completed.reduce((sum, s) => sum + s.bytes, 0) / completed.length : 0,
  };
}
