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
/** Seeds the draws of the measured requests (pages, ids, saves): the same requests every run. */
export const LOAD_SEED = 12_2026;

export const CONCURRENCY = 20;
/** Clients saving partnerships while the reads run (issue 12). */
export const SAVING_CLIENTS = 2;
/** Server instances on one PostgreSQL database; the load client spreads its requests over them. */
export const POSTGRES_INSTANCES = 2;

/** What can be measured: `--db=sqlite` (or postgres, json-server, comma-separated) picks some. */
export const TARGETS = ['sqlite', 'postgres', 'json-server'] as const;
export type Target = (typeof TARGETS)[number];

/** The targets of issue 12 at its two sizes; other sizes are measured but not judged. */
export const GOALS: Record<number, { randomPageP99Ms: number; savesP99Ms: number; progressP99Ms: number; rssMb: number }> = {
  50_000: { randomPageP99Ms: 20, savesP99Ms: 30, progressP99Ms: 10, rssMb: 200 },
  500_000: { randomPageP99Ms: 50, savesP99Ms: 50, progressP99Ms: 10, rssMb: 250 },
};
/** Reads during saves may take this much longer than a random page's target; one record by id, this times the floor route. */
export const READS_DURING_SAVES_FACTOR = 1.2;
export const BY_ID_OVER_FLOOR_FACTOR = 2;

/** How long each measured scenario runs: whichever limit comes first ends it. */
export interface Budget {
  warmupRequests: number;
  requests: number;
  seconds: number;
  /** In-flight requests still running this long after the end are aborted (and counted as such). */
  graceSeconds: number;
}

export const FAST_BUDGET: Budget = { warmupRequests: 400, requests: 20_000, seconds: 5, graceSeconds: 30 };
/** Reads beside saves: longer, so that the two saving clients make enough saves for their own p99. */
export const MIXED_BUDGET: Budget = { warmupRequests: 400, requests: 40_000, seconds: 10, graceSeconds: 30 };
/** json-server answers a filtered page in hundreds of milliseconds: fewer requests, more grace. */
export const SLOW_BUDGET: Budget = { warmupRequests: 20, requests: 2_000, seconds: 5, graceSeconds: 60 };
/**
 * Fetching every partnership takes json-server seconds, tens of seconds at 500k (README):
 * one request per worker, all at once, no warm-up (the cold request is the warm-up),
 * and whatever is still running a minute later is aborted and reported as a lower bound.
 */
export const FETCH_ALL_BUDGET: Budget = { warmupRequests: 0, requests: CONCURRENCY, seconds: 1, graceSeconds: 60 };
