import http from 'node:http';
import type { Budget } from './config';

/** Latency figures of a set of requests, in milliseconds, measured to the last byte of the body. */
export interface LatencySummary {
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

/** One scenario's figures. */
export interface LoadResult extends LatencySummary {
  /** The first request, alone, before any warm-up: what a cold cache costs. */
  coldMs: number;
}

export interface Scenario {
  /** The URL of the i-th request: requests vary their filters by index. */
  urlOf: (index: number) => string;
  budget: Budget;
  concurrency: number;
  /** Sent with every request: the server's session cookie (decision 011: every /api route needs one). */
  headers?: Record<string, string>;
  /** Called as the measured requests start (after the cold request and the warm-up). */
  onMeasuring?: () => void;
}

export interface Sample {
  ms: number;
  ok: boolean;
  aborted: boolean;
  bytes: number;
  status: number;
  error?: string;
  /** The body, when asked for (`keepBody`). */
  body?: string;
}

export interface RequestInit {
  method?: 'GET' | 'PUT';
  /** Sent as JSON. */
  json?: unknown;
  keepBody?: boolean;
}

/**
 * A keep-alive HTTP/1.1 client from node:http, not fetch: fetch's CPU per request saturated
 * the bench's own core first, so it measured itself rather than the server.
 */
export function createClient(concurrency: number, extraHeaders: Record<string, string> = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const inFlight = new Set<http.ClientRequest>();
  const abortedRequests = new WeakSet<http.ClientRequest>();

  /** Reads the whole body, discarding it as it comes unless kept (a 500 MB answer costs no memory here). */
  const timedRequest = (url: string, { method = 'GET', json, keepBody = false }: RequestInit = {}) =>
    new Promise<Sample>((resolveSample) => {
      const started = performance.now();
      const payload = json === undefined ? undefined : JSON.stringify(json);
      let bytes = 0;
      let status = 0;
      const chunks: Buffer[] = [];
      let done = false;
      const finish = (sample: Omit<Sample, 'ms' | 'bytes' | 'status'>) => {
        if (done) return;
        done = true;
        inFlight.delete(request);
        const body = keepBody ? Buffer.concat(chunks).toString('utf8') : undefined;
        resolveSample({ ...sample, ms: performance.now() - started, bytes, status, ...(body === undefined ? {} : { body }) });
      };
      // What a browser sends: json-server compresses its answers when asked (the bench does not unpack them).
      const headers: Record<string, string> = { 'accept-encoding': keepBody ? 'identity' : 'gzip, deflate, br', ...extraHeaders };
      if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) });
      const request = http.request(url, { method, agent, headers }, (response) => {
        status = response.statusCode ?? 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (keepBody) chunks.push(chunk);
        });
        response.on('end', () => finish(status < 300 ? { ok: true, aborted: false } : { ok: false, aborted: false, error: `HTTP ${status}` }));
        response.on('error', (error) => finish({ ok: false, aborted: abortedRequests.has(request), error: error.message }));
        // After 'end' this changes nothing; before it, the answer was cut short.
        response.on('close', () => finish({ ok: false, aborted: abortedRequests.has(request), error: 'connection closed mid-answer' }));
      });
      request.on('error', (error) => finish({ ok: false, aborted: abortedRequests.has(request), error: error.message }));
      request.end(payload);
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

export function summarize(samples: readonly Sample[], seconds: number): LatencySummary {
  const latencies = Float64Array.from(samples, (s) => s.ms).sort();
  const aborted = samples.filter((s) => s.aborted);
  const failed = samples.filter((s) => !s.ok && !s.aborted);
  const completed = samples.filter((s) => s.ok);
  const p99 = percentile(latencies, 99);
  return {
    requests: samples.length,
    errors: failed.length,
    aborted: aborted.length,
    firstError: failed[0]?.error ?? null,
    seconds,
    perSecond: completed.length / seconds,
    p50: percentile(latencies, 50),
    p99,
    max: latencies[latencies.length - 1] ?? NaN,
    p99IsLowerBound: aborted.length > 0 && p99 >= Math.min(...aborted.map((s) => s.ms)),
    meanBytes: completed.length ? completed.reduce((sum, s) => sum + s.bytes, 0) / completed.length : 0,
  };
}

export async function runLoad(scenario: Scenario): Promise<LoadResult> {
  const { budget } = scenario;
  const client = createClient(scenario.concurrency, scenario.headers);
  const coldTimer = setTimeout(client.abortAll, (budget.seconds + budget.graceSeconds) * 1000);
  const cold = await client.timedRequest(scenario.urlOf(0));
  clearTimeout(coldTimer);
  // Warm-up: the same load, not counted (JIT, connection set-up, caches).
  await phase(client, scenario, 1, budget.warmupRequests, budget.seconds);
  scenario.onMeasuring?.();
  const { samples, seconds } = await phase(client, scenario, 1 + budget.warmupRequests, budget.requests, budget.seconds);
  client.close();
  const summary = summarize(samples, seconds);
  const coldFailed = !cold.ok && !cold.aborted;
  return { ...summary, coldMs: cold.ms, errors: summary.errors + (coldFailed ? 1 : 0), firstError: cold.error ?? summary.firstError };
}
