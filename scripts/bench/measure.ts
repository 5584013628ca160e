import { CONCURRENCY, SAVING_CLIENTS, type Target } from './config';
import { cpuShares, cpuSnapshot } from './cpu';
import type { DatasetFacts } from './facts';
import { runLoad } from './load';
import { signIn, type ChildServer } from './processes';
import type { ScenarioResult, SizeRun, TargetRun } from './report';
import { startSaving } from './saves';
import { fixedPage, jsonServerPagePath, SCENARIOS, serverPagePath, type ScenarioSpec, type Side } from './scenarios';

export type Say = (message: string) => void;
export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const sideOf = (target: Target): Side => (target === 'json-server' ? 'json-server' : 'server');

/** The first list answer on each target: how many rows match, to show all ran the same query. */
async function listTotal(origin: string, side: Side, headers: Record<string, string>): Promise<number | null> {
  const path = side === 'server' ? serverPagePath(fixedPage(0)) : jsonServerPagePath(fixedPage(0));
  const response = await fetch(`${origin}${path}`, { headers });
  await response.arrayBuffer();
  const header = side === 'server' ? response.headers.get('content-range')?.split('/')[1] : response.headers.get('x-total-count');
  return header ? Number(header) : null;
}

interface Measuring {
  facts: DatasetFacts;
  origins: string[];
  headers: Record<string, string>;
  /** The processes whose CPU counts as the server's, and as the database's. */
  serverPids: number[];
  databasePids: () => number[];
  say: Say;
}

/** One scenario; with saves, two clients save partnerships from before its first request until its last. */
async function measureScenario(spec: ScenarioSpec, { facts, origins, headers, serverPids, databasePids, say }: Measuring): Promise<Record<string, ScenarioResult>> {
  const pathOf = spec.pathOf(facts);
  const before = cpuSnapshot(serverPids, databasePids());
  const saver = spec.withSaves ? startSaving({ origins, headers, clients: SAVING_CLIENTS, facts }) : null;
  const load = await runLoad({ urlOf: (i) => `${origins[i % origins.length]}${pathOf(i)}`, budget: spec.budget, concurrency: CONCURRENCY, headers, onMeasuring: () => saver?.measure() });
  const saves = await saver?.stop();
  const cpu = cpuShares(before, cpuSnapshot(serverPids, databasePids()));
  const results: Record<string, ScenarioResult> = { [spec.key]: { ...load, cpu } };
  if (saves) results[`${spec.key}.saves`] = { ...saves, cpu };
  for (const [key, r] of Object.entries(results)) {
    const trouble = `${r.errors ? `, ${r.errors} errors (${r.firstError})` : ''}${r.aborted ? `, ${r.aborted} aborted` : ''}${'conflicts' in r ? `, ${r.conflicts} × 409 retried` : ''}`;
    say(
      `  ${key}: ${r.requests} req, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99IsLowerBound ? '≥' : ''}${r.p99.toFixed(2)} ms, ${r.perSecond.toFixed(1)} req/s${trouble}; ` +
        `CPU: server ${cpu.serverPct}%, database ${cpu.databasePct}%, bench ${cpu.benchPct}%, others ${cpu.othersPct}% of ${cpu.cores} cores`,
    );
  }
  return results;
}

/**
 * Starts a target (one or more processes, each given the ones started before it, so a failure
 * stops those too), runs its scenarios, notes its peak memory and stops it.
 */
export async function measureTarget(
  target: Target,
  start: (started: ChildServer[]) => Promise<void>,
  { run, facts, databasePids = () => [], say }: { run: SizeRun; facts: DatasetFacts; databasePids?: () => number[]; say: Say },
): Promise<void> {
  const outcome: TargetRun = { commands: [], failure: null, peakRssMb: null, peakRssMbEach: [], stopped: [], results: {} };
  run.runs[target] = outcome;
  const children: ChildServer[] = [];
  const peaks = () => children.map((child) => child.peakRssMb());
  try {
    say(`starting ${target} …`);
    await start(children);
    outcome.commands = children.map((child) => child.command);
    for (const child of children) say(`${target} answers on ${child.origin} (pid ${child.pid}, ${child.peakRssMb()?.toFixed(0) ?? '?'} MB so far)`);
    const side = sideOf(target);
    const origins = children.map((child) => child.origin);
    // The server answers only a signed-in client (the session holds on every instance); json-server has no sign-in.
    const headers = side === 'server' ? await signIn(origins[0]!) : {};
    run.listTotals[target] = await listTotal(origins[0]!, side, headers);
    const measuring = { facts, origins, headers, serverPids: children.map((child) => child.pid), databasePids, say };
    for (const spec of SCENARIOS.filter((s) => s.on === side)) Object.assign(outcome.results, await measureScenario(spec, measuring));
  } catch (error) {
    outcome.failure = describeError(error);
    say(`${target} failed: ${outcome.failure}`);
  } finally {
    outcome.peakRssMbEach = peaks();
    const known = outcome.peakRssMbEach.filter((mb): mb is number => mb !== null);
    outcome.peakRssMb = known.length ? Math.max(...known) : null;
    for (const child of children) outcome.stopped.push(await child.stop());
    say(`${target} ${outcome.stopped.join('; ')}; peak RSS ${outcome.peakRssMbEach.map((mb) => mb?.toFixed(0) ?? '?').join(', ')} MB`);
  }
}
