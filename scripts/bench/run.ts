/**
 * `npm run bench`: the server against json-server on 50,000 and 500,000 generated
 * partnerships, 20 connections on loopback, each scenario bounded in requests and time.
 * Prints a table and writes scripts/bench/results/latest.json. `npm run bench -- 50000`
 * runs only the sizes given.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { cpuShares, cpuSnapshot } from './cpu';
import { CACHE_DIR, CONCURRENCY, DEFAULT_SIZES, FETCH_ALL_BUDGET, RESULTS_FILE, TARGETS } from './config';
import { datasetOf, type Dataset } from './dataset';
import { runLoad } from './load';
import { explainRequests } from './plans';
import { freePort, signIn, startJsonServer, startServer, type ChildServer } from './processes';
import { formatPlans, formatTable, verdictsOf, writeSummary, type SizeRun, type TargetRun } from './report';
import { SCENARIOS, jsonServerListPath, serverListPath, statsPath, statsRegionPath, type Target } from './scenarios';

const startedAt = performance.now();
const say = (message: string) => console.info(`[${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`);
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The first list answer on each side: how many rows match, to show both ran the same query. */
async function listTotal(origin: string, target: Target, headers: Record<string, string>): Promise<number | null> {
  const response = await fetch(`${origin}${target === 'server' ? serverListPath(0) : jsonServerListPath(0)}`, { headers });
  await response.arrayBuffer();
  const header = target === 'server' ? response.headers.get('content-range')?.split('/')[1] : response.headers.get('x-total-count');
  return header ? Number(header) : null;
}

async function measure(target: Target, start: () => Promise<ChildServer>, run: SizeRun): Promise<void> {
  const outcome: TargetRun = { command: null, failure: null, peakRssMb: null, stopped: null, results: {} };
  run.runs[target] = outcome;
  let child: ChildServer | undefined;
  try {
    say(`starting ${target} …`);
    child = await start();
    outcome.command = child.command;
    say(`${target} answers on ${child.origin} (pid ${child.pid}, ${child.peakRssMb()?.toFixed(0) ?? '?'} MB so far)`);
    // The server answers only a signed-in client; json-server has no sign-in.
    const headers = target === 'server' ? await signIn(child.origin) : {};
    run.listTotals[target] = await listTotal(child.origin, target, headers);
    for (const spec of SCENARIOS.filter((s) => s.target === target)) {
      const origin = child.origin;
      const before = cpuSnapshot(child.pid);
      const load = await runLoad({ urlOf: (i) => `${origin}${spec.pathOf(i)}`, budget: spec.budget, concurrency: CONCURRENCY, headers });
      const result = { ...load, cpu: cpuShares(before, cpuSnapshot(child.pid)) };
      outcome.results[spec.key] = result;
      const bound = result.p99IsLowerBound ? '≥' : '';
      say(
        `  ${spec.label}: ${result.requests} req, p50 ${result.p50.toFixed(2)} ms, p99 ${bound}${result.p99.toFixed(2)} ms, ` +
          `${result.perSecond.toFixed(1)} req/s, cold ${result.coldMs.toFixed(1)} ms` +
          `${result.errors ? `, ${result.errors} errors (${result.firstError})` : ''}${result.aborted ? `, ${result.aborted} aborted` : ''}; ` +
          `CPU: server ${result.cpu.serverPct}%, bench ${result.cpu.benchPct}%, other processes ${result.cpu.othersPct}% of ${result.cpu.cores} cores`,
      );
    }
    outcome.peakRssMb = child.peakRssMb();
  } catch (error) {
    outcome.failure = describe(error);
    say(`${target} failed: ${outcome.failure}`);
  } finally {
    if (child) {
      outcome.peakRssMb ??= child.peakRssMb();
      outcome.stopped = await child.stop();
      say(`${target} ${outcome.stopped}; peak RSS ${outcome.peakRssMb?.toFixed(0) ?? '?'} MB`);
    }
  }
}

/** A fresh copy for each run: the server opens it in WAL mode and may write to it. */
function workingCopy(dataset: Dataset): string {
  const path = join(CACHE_DIR, `run-${dataset.size}.sqlite`);
  removeDatabase(path);
  copyFileSync(dataset.sqlitePath, path);
  return path;
}

const removeDatabase = (path: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};

const emptyRun = (): TargetRun => ({ command: null, failure: 'not run', peakRssMb: null, stopped: null, results: {} });

async function benchSize(size: number): Promise<SizeRun> {
  say(`=== ${size.toLocaleString('en-US')} partnerships ===`);
  const dataset = await datasetOf(size, say);
  const database = workingCopy(dataset);
  const run: SizeRun = {
    size,
    generatedSeconds: dataset.generatedSeconds,
    listTotals: { server: null, 'json-server': null },
    plans: { error: 'not run' },
    runs: { server: emptyRun(), 'json-server': emptyRun() },
  };
  say('explaining the SQL of the measured requests (in-process, same app) …');
  try {
    run.plans = await explainRequests(database, [serverListPath(0), statsPath(), statsRegionPath(0)]);
  } catch (error) {
    run.plans = { error: describe(error) };
    say(`query plans failed: ${run.plans.error}`);
  }
  await measure('server', async () => startServer(database, await freePort(), join(CACHE_DIR, `server-${size}.log`), say), run);
  await measure('json-server', async () => startJsonServer(dataset.jsonPath, await freePort(), join(CACHE_DIR, `json-server-${size}.log`)), run);
  removeDatabase(database);
  return run;
}

function sizesFromArguments(): number[] {
  const given = process.argv.slice(2).map((argument) => Number(argument.replace(/[_,]/g, '')));
  if (given.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`Sizes must be positive integers: ${process.argv.slice(2).join(' ')}`);
  return given.length ? given : DEFAULT_SIZES;
}

async function main() {
  const sizes = sizesFromArguments();
  say(`bench: ${sizes.map((s) => s.toLocaleString('en-US')).join(' and ')} partnerships, ${CONCURRENCY} connections, ${cpus().length} cores, Node ${process.version}`);
  const runs: SizeRun[] = [];
  for (const size of sizes) runs.push(await benchSize(size));

  for (const run of runs) {
    console.info(`\nSQL of the measured requests at ${run.size.toLocaleString('en-US')} (EXPLAIN QUERY PLAN):\n`);
    console.info('error' in run.plans ? `  not available: ${run.plans.error}` : formatPlans(run.plans));
  }
  console.info(`\n${formatTable(runs, SCENARIOS)}`);
  console.info(
    'Latency to the last byte, 20 connections, warm-up excluded; "cold" is the first request alone.\n' +
      'json-server has no aggregate endpoint: its "stats" row is what a naive client does instead, fetching every partnership.\n' +
      `Each json-server "all" request serialises the whole table; requests still running ${FETCH_ALL_BUDGET.seconds + FETCH_ALL_BUDGET.graceSeconds} s after the start are aborted, so those figures are lower bounds (≥).\n` +
      '"others" is the CPU that other processes on this machine took during the scenario (100% = every core): above ~10% the figures are skewed.',
  );
  for (const run of runs) {
    const { server, 'json-server': baseline } = run.listTotals;
    console.info(`List query matches at ${run.size.toLocaleString('en-US')}: server ${server ?? '?'}, json-server ${baseline ?? '?'}${server === baseline ? '' : '  (DIFFERENT)'}`);
  }
  const busiest = Math.max(0, ...runs.flatMap((run) => Object.values(run.runs).flatMap((target) => Object.values(target.results).map((r) => r.cpu.othersPct))));
  if (busiest > 10) console.warn(`\nWarning: other processes took up to ${busiest}% of the machine's CPU during a scenario: the figures are skewed (run again on a quiet machine).`);
  const verdicts = runs.flatMap((run) => verdictsOf(run, SCENARIOS));
  if (verdicts.length) {
    console.info(`\nTargets at ${TARGETS.size.toLocaleString('en-US')}:`);
    for (const v of verdicts) console.info(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.what}: ${v.value === null ? 'not measured' : `${v.value.toFixed(v.unit === 'ms' ? 2 : 0)} ${v.unit}`} (target ≤ ${v.limit} ${v.unit})`);
  }
  const elapsed = (performance.now() - startedAt) / 1000;
  writeSummary(RESULTS_FILE, {
    at: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, loadAverageAtEnd: loadavg() },
    concurrency: CONCURRENCY,
    scenarios: SCENARIOS.map((spec) => ({ key: spec.key, target: spec.target, label: spec.label, path: spec.pathOf(0), budget: spec.budget, note: spec.note })),
    runs,
    verdicts,
    elapsedSeconds: elapsed,
  });
  say(`wrote ${RESULTS_FILE}; done in ${elapsed.toFixed(0)} s`);
  const broken = runs.some((run) => Object.values(run.runs).some((target) => target.failure));
  process.exitCode = broken ? 1 : 0;
}

await main();
