/**
 * `npm run bench`: issue 12's mixed load on 50,000 and 500,000 generated partnerships, 20
 * connections on loopback: the server on SQLite (one process, as `npm start` runs it), two
 * server instances on one PostgreSQL database, and json-server as the baseline for the lists
 * it can answer. Prints the table and writes scripts/bench/results/latest.json.
 *
 *   npm run bench -- 50000                 only the sizes given
 *   npm run bench -- 50000 --db=sqlite     only the targets given (sqlite, postgres, json-server)
 */
import { copyFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { CACHE_DIR, CONCURRENCY, DEFAULT_SIZES, FETCH_ALL_BUDGET, POSTGRES_INSTANCES, RESULTS_FILE, SAVING_CLIENTS, TARGETS, type Target } from './config';
import { datasetOf, type Dataset } from './dataset';
import { factsOf, type DatasetFacts } from './facts';
import { describeError, measureTarget, type Say } from './measure';
import { explainRequests } from './plans';
import { runDatabase, startPostgres, type Postgres } from './postgres';
import { postgresDatasetOf } from './postgresData';
import { freePort, startJsonServer, startServer } from './processes';
import { formatDetails, formatPlans, formatSummary, ROWS, verdictsOf, writeSummary, type SizeRun } from './report';
import { byIdPath, fixedPage, progressPath, randomPage, SCENARIOS, serverPagePath } from './scenarios';

const startedAt = performance.now();
const say: Say = (message) => console.info(`[${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`);

/** A fresh copy for each run: the server opens it in WAL mode and writes to it. */
function workingCopy(dataset: Dataset): string {
  const path = join(CACHE_DIR, `run-${dataset.size}.sqlite`);
  removeDatabase(path);
  copyFileSync(dataset.sqlitePath, path);
  return path;
}

const removeDatabase = (path: string) => {
  for (const suffix of ['', '-wal', '-shm', '.lock']) rmSync(`${path}${suffix}`, { force: true });
};

/** The requests whose SQL is explained: the kept list, a random page with a focus area and one with a search, the figures, one record. */
const firstIndex = (wanted: (i: number) => boolean) => Array.from({ length: 1000 }, (_, i) => i).find(wanted) ?? 0;

function explainedPaths(facts: DatasetFacts): string[] {
  const withFocus = firstIndex((i) => randomPage(facts, i).focusArea !== null && randomPage(facts, i).search === null);
  const withSearch = firstIndex((i) => randomPage(facts, i).search !== null);
  return [serverPagePath(fixedPage(0)), serverPagePath(randomPage(facts, withFocus)), serverPagePath(randomPage(facts, withSearch)), progressPath(0), progressPath(1), byIdPath(facts)(0)];
}

async function benchSqlite(run: SizeRun, dataset: Dataset, facts: DatasetFacts) {
  const database = workingCopy(dataset);
  say('explaining the SQL of the measured requests (in-process, same app) …');
  try {
    run.plans = await explainRequests(database, explainedPaths(facts));
  } catch (error) {
    run.plans = { error: describeError(error) };
    say(`query plans failed: ${run.plans.error}`);
  }
  await measureTarget('sqlite', async (started) => void started.push(await startServer(database, await freePort(), join(CACHE_DIR, `server-sqlite-${dataset.size}.log`), say)), { run, facts, say });
  removeDatabase(database);
}

const nothingToDrop = async () => {};

async function benchPostgres(run: SizeRun, dataset: Dataset, facts: DatasetFacts, postgres: () => Promise<Postgres>) {
  let drop = nothingToDrop;
  await measureTarget(
    'postgres',
    async (started) => {
      const server = await postgres();
      const database = await runDatabase(server, await postgresDatasetOf(server, dataset, say), `bench_run_${dataset.size}`);
      drop = database.drop;
      // One after the other: the first migrates (nothing to do) and may bundle the server, the next finds it done.
      for (let i = 1; i <= POSTGRES_INSTANCES; i++) started.push(await startServer(database.url, await freePort(), join(CACHE_DIR, `server-postgres-${dataset.size}-${i}.log`), say));
    },
    { run, facts, say, databasePids: () => (postgresStarted?.pids() ?? []) },
  );
  await drop().catch((error: unknown) => say(`dropping the run's database failed: ${describeError(error)}`));
}

let postgresStarted: Postgres | undefined;

async function benchSize(size: number, targets: readonly Target[]): Promise<SizeRun> {
  say(`=== ${size.toLocaleString('en-US')} partnerships ===`);
  const dataset = await datasetOf(size, say);
  const facts = factsOf(dataset.sqlitePath, size);
  const run: SizeRun = { size, generatedSeconds: dataset.generatedSeconds, listTotals: {}, plans: { error: 'not run' }, runs: {} };
  if (targets.includes('sqlite')) await benchSqlite(run, dataset, facts);
  if (targets.includes('postgres')) await benchPostgres(run, dataset, facts, async () => (postgresStarted ??= await startPostgres(say)));
  if (targets.includes('json-server')) {
    await measureTarget('json-server', async (started) => void started.push(await startJsonServer(dataset.jsonPath, await freePort(), join(CACHE_DIR, `json-server-${size}.log`))), { run, facts, say });
  }
  return run;
}

function parseArguments(argv: string[]): { sizes: number[]; targets: Target[] } {
  const chosen = argv.find((argument) => argument.startsWith('--db='));
  const targets = chosen ? chosen.slice('--db='.length).split(',') : [...TARGETS];
  const unknown = targets.filter((target) => !(TARGETS as readonly string[]).includes(target));
  if (unknown.length || targets.length === 0) throw new Error(`--db takes ${TARGETS.join(', ')} (comma-separated), not ${chosen}`);
  const given = argv.filter((argument) => !argument.startsWith('--')).map((argument) => Number(argument.replace(/[_,]/g, '')));
  if (given.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`Sizes must be positive integers: ${argv.join(' ')}`);
  return { sizes: given.length ? given : DEFAULT_SIZES, targets: TARGETS.filter((target) => targets.includes(target)) };
}

function report(runs: SizeRun[], targets: readonly Target[]) {
  for (const run of runs) {
    if ('error' in run.plans && run.plans.error === 'not run') continue;
    console.info(`\nSQL of the measured requests at ${run.size.toLocaleString('en-US')} on SQLite (EXPLAIN QUERY PLAN):\n`);
    console.info('error' in run.plans ? `  not available: ${run.plans.error}` : formatPlans(run.plans));
  }
  console.info(`\nEverything measured (ms; CPU as shares of the whole machine, 100% = every core):\n\n${formatDetails(runs)}`);
  console.info(`${formatSummary(runs, targets)}\n`);
  console.info(
    `p50 / p99 in ms, to the last byte, ${CONCURRENCY} connections (PostgreSQL: spread over both instances), warm-up excluded; ${SAVING_CLIENTS} more clients save partnerships where it says so.\n` +
      '✓ / ✗: the target of issue 12 met or not (errors or cut requests: not met). json-server has no aggregate endpoint: its figures row fetches every partnership,\n' +
      `and requests still running ${FETCH_ALL_BUDGET.seconds + FETCH_ALL_BUDGET.graceSeconds} s after the start are cut, so those figures are lower bounds (≥).`,
  );
  for (const run of runs) {
    const totals = Object.entries(run.listTotals).map(([target, total]) => `${target} ${total ?? '?'}`);
    const same = new Set(Object.values(run.listTotals)).size <= 1;
    console.info(`List query matches at ${run.size.toLocaleString('en-US')}: ${totals.join(', ')}${same ? '' : '  (DIFFERENT)'}`);
  }
  const busiest = Math.max(0, ...runs.flatMap((run) => Object.values(run.runs).flatMap((target) => Object.values(target.results).map((r) => r.cpu.othersPct))));
  if (busiest > 10) console.warn(`\nWarning: other processes took up to ${busiest}% of the machine's CPU during a scenario: the figures are skewed (run again on a quiet machine).`);
}

async function main() {
  const { sizes, targets } = parseArguments(process.argv.slice(2));
  const loadAtStart = loadavg();
  say(`bench: ${sizes.map((s) => s.toLocaleString('en-US')).join(' and ')} partnerships on ${targets.join(', ')}; ${CONCURRENCY} connections, ${cpus().length} cores, Node ${process.version}, load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);
  const runs: SizeRun[] = [];
  try {
    for (const size of sizes) runs.push(await benchSize(size, targets));
  } finally {
    await postgresStarted?.stop();
  }
  report(runs, targets);
  const verdicts = runs.flatMap(verdictsOf);
  if (verdicts.length) console.info('\nTargets of issue 12:');
  for (const v of verdicts) {
    const value = v.value === null ? 'not measured cleanly' : `${v.value.toFixed(v.unit === 'ms' ? 2 : 0)} ${v.unit}`;
    console.info(`  ${v.met ? 'MET    ' : 'NOT MET'}  ${v.size.toLocaleString('en-US')} ${v.target}: ${v.what}: ${value} (limit ${v.limit.toFixed(v.unit === 'ms' ? 1 : 0)} ${v.unit})`);
  }
  const elapsed = (performance.now() - startedAt) / 1000;
  writeSummary(RESULTS_FILE, {
    at: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg() },
    concurrency: CONCURRENCY,
    savingClients: SAVING_CLIENTS,
    postgresInstances: POSTGRES_INSTANCES,
    targets,
    scenarios: SCENARIOS.map(({ key, on, label, budget, withSaves, note }) => ({ key, on, label, budget, withSaves: withSaves ?? false, note })),
    rows: ROWS.map(({ key, label }) => ({ key, label })),
    runs,
    verdicts,
    table: formatSummary(runs, targets),
    elapsedSeconds: elapsed,
  });
  say(`wrote ${RESULTS_FILE}; done in ${elapsed.toFixed(0)} s`);
  const broken = runs.some((run) => Object.entries(run.runs).some(([target, r]) => r.failure || (target !== 'json-server' && Object.values(r.results).some((result) => result.errors > 0))));
  process.exitCode = broken ? 1 : 0;
}

await main();
