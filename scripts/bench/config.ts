import { resolve } from 'node:path';

/** Where generated data is cached between runs (ignored by git with the rest of node_modules). */
export const CACHE_DIR = resolve('node_modules/.bench');
export const RESULTS_FILE = resolve('scripts/bench/results/latest.json');

/** The sizes the issue asks for; `npm run bench -- 50000` runs only the ones given. */
export const DEFAULT_SIZES = [50_000, 500_000];

/**
 * The day the generated data is "as of". Fixed, so a cached file and the figures measured on
 * it stay reproducible; the server still judges "stalled" against the real today.
 */
export const DATA_TODAY = '2026-11-28';
export const DATA_SEED = 500_5;

export const CONCURRENCY = 20;

/** Targets of issue 3, at 500,000 partnerships. */
export const TARGETS = { size: 500_000, listP99Ms: 20, statsP99Ms: 10, rssMb: 250 } as const;

/** How long each measured scenario runs: whichever limit comes first ends it. */
export interface Budget {
  warmupRequests: number;
  requests: number;
  seconds: number;
  /** In-flight requests still running this long after the end are aborted (and counted as such). */
  graceSeconds: number;
}

export const FAST_BUDGET: Budget = { warmupRequests: 400, requests: 20_000, seconds: 5, graceSeconds: 30 };
/** json-server answers a filtered page in hundreds of milliseconds: fewer requests, more grace. */
export const SLOW_BUDGET: Budget = { warmupRequests: 20, requests: 2_000, seconds: 5, graceSeconds: 60 };
/**
 * Fetching every partnership takes json-server seconds, tens of seconds at 500k (README):
 * one request per worker, all at once, no warm-up (the cold request is the warm-up),
 * and whatever is still running a minute later is aborted and reported as a lower bound.
 */
export const FETCH_ALL_BUDGET: Budget = { warmupRequests: 0, requests: CONCURRENCY, seconds: 1, graceSeconds: 60 };
