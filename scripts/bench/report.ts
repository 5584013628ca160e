import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BY_ID_OVER_FLOOR_FACTOR, GOALS, READS_DURING_SAVES_FACTOR, type Target } from './config';
import type { CpuShares } from './cpu';
import type { LatencySummary, LoadResult } from './load';
import type { RequestPlans } from './plans';
import type { SavesResult } from './saves';

export type ScenarioResult = (LoadResult | SavesResult) & { cpu: CpuShares };

/** One target (the server on SQLite, its instances on PostgreSQL, json-server) at one size. */
export interface TargetRun {
  commands: string[];
  /** Why it could not be measured, when it could not. */
  failure: string | null;
  /** The largest of the instances' peaks (VmHWM), in MB; each instance's in `peakRssMbEach`. */
  peakRssMb: number | null;
  peakRssMbEach: Array<number | null>;
  stopped: string[];
  /** By scenario key; the saves made beside a scenario under `<key>.saves`. */
  results: Record<string, ScenarioResult>;
}

export interface SizeRun {
  size: number;
  generatedSeconds: number | null;
  /** What the first list request answered on each target, to show they answer the same query. */
  listTotals: Partial<Record<Target, number | null>>;
  plans: RequestPlans[] | { error: string };
  runs: Partial<Record<Target, TargetRun>>;
}

export interface Verdict {
  size: number;
  target: Target;
  /** The row of the summary. */
  key: string;
  what: string;
  value: number | null;
  limit: number;
  unit: 'ms' | 'MB';
  met: boolean;
}

interface Limit {
  limit: number;
  unit: 'ms' | 'MB';
  says: string;
}

/** The rows of the summary: a scenario's p50 / p99 (or the peak RSS) on each target. */
interface Row {
  key: string;
  label: string;
  /** Issue 12's limit at that size for that target, when it has one. */
  limit?: (size: number, run: TargetRun) => Limit | null;
}

type Goals = (typeof GOALS)[number];

/** A limit of issue 12's table, at the sizes it names. */
const goal =
  (unit: Limit['unit'], limitOf: (goals: Goals) => number, says: (goals: Goals) => string) =>
  (size: number): Limit | null => {
    const goals = GOALS[size];
    return goals ? { limit: limitOf(goals), unit, says: says(goals) } : null;
  };

const p99Of = (run: TargetRun, key: string) => run.results[key]?.p99 ?? NaN;

export const ROWS: Row[] = [
  { key: 'listPage', label: 'list page, the same filters again (kept answers)' },
  { key: 'randomPage', label: 'random filtered page', limit: goal('ms', (g) => g.randomPageP99Ms, (g) => `p99 ≤ ${g.randomPageP99Ms} ms`) },
  {
    key: 'readsDuringSaves',
    label: 'the same reads while 2 clients save',
    limit: goal('ms', (g) => READS_DURING_SAVES_FACTOR * g.randomPageP99Ms, (g) => `p99 ≤ ${READS_DURING_SAVES_FACTOR} × ${g.randomPageP99Ms} ms`),
  },
  { key: 'readsDuringSaves.saves', label: 'a save (PUT) during those reads', limit: goal('ms', (g) => g.savesP99Ms, (g) => `p99 ≤ ${g.savesP99Ms} ms`) },
  { key: 'progress', label: 'progress figures (half for a region)' },
  { key: 'progressDuringSaves', label: 'progress figures while 2 clients save', limit: goal('ms', (g) => g.progressP99Ms, (g) => `p99 ≤ ${g.progressP99Ms} ms`) },
  { key: 'progressDuringSaves.saves', label: 'a save (PUT) during those' },
  {
    key: 'byId',
    label: 'one partnership by id',
    limit: (size, run) => (GOALS[size] && Number.isFinite(p99Of(run, 'floor')) ? { limit: BY_ID_OVER_FLOOR_FACTOR * p99Of(run, 'floor'), unit: 'ms', says: `p99 ≤ ${BY_ID_OVER_FLOOR_FACTOR} × the floor's` } : null),
  },
  { key: 'floor', label: 'floor: GET /api/auth/me' },
  { key: 'peakRss', label: 'server peak RSS (per instance)', limit: goal('MB', (g) => g.rssMb, (g) => `≤ ${g.rssMb} MB`) },
];

const JUDGED: Target[] = ['sqlite', 'postgres'];

const valueOf = (run: TargetRun, row: Row): { value: number | null; sound: boolean } => {
  if (row.key === 'peakRss') return { value: run.peakRssMb, sound: run.peakRssMb !== null };
  const result = run.results[row.key];
  if (!result) return { value: null, sound: false };
  return { value: result.p99, sound: result.errors === 0 && result.aborted === 0 && Number.isFinite(result.p99) };
};

/** Issue 12's targets, judged on the server on both databases at the sizes it names. */
export function verdictsOf(run: SizeRun): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const target of JUDGED) {
    const targetRun = run.runs[target];
    if (!targetRun || targetRun.failure) continue;
    for (const row of ROWS) {
      const limit = row.limit?.(run.size, targetRun);
      if (!limit) continue;
      const { value, sound } = valueOf(targetRun, row);
      verdicts.push({ size: run.size, target, key: row.key, what: `${row.label} (${limit.says})`, value: sound ? value : null, limit: limit.limit, unit: limit.unit, met: sound && value !== null && value <= limit.limit });
    }
  }
  return verdicts;
}

const number = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US'));
const latency = (result: LatencySummary) => `${number(result.p50)} / ${result.p99IsLowerBound ? '≥' : ''}${number(result.p99)}`;

function cell(run: SizeRun, target: Target, row: Row, verdicts: Verdict[]): string {
  const targetRun = run.runs[target];
  if (!targetRun) return '';
  if (targetRun.failure) return 'failed';
  const verdict = verdicts.find((v) => v.size === run.size && v.target === target && v.key === row.key);
  const mark = verdict ? (verdict.met ? ' ✓' : ' ✗') : '';
  if (row.key === 'peakRss') return targetRun.peakRssMb === null ? '' : `${Math.round(targetRun.peakRssMb).toLocaleString('en-US')} MB${mark}`;
  const result = targetRun.results[row.key];
  if (!result) return '';
  const trouble = result.errors + result.aborted > 0 ? ` (${result.errors} errors, ${result.aborted} cut)` : '';
  const allRows = target === 'json-server' && row.key === 'progress' ? ' (all rows)' : '';
  return `${latency(result)}${allRows}${trouble}${mark}`;
}

const TARGET_HEADERS: Record<Target, string> = { sqlite: 'SQLite, 1 process', postgres: 'PostgreSQL, 2 instances', 'json-server': 'json-server 0.17' };

/** The summary as a Markdown table: a row per scenario and size, p50 / p99 in ms on each target, ✓ / ✗ against issue 12. */
export function formatSummary(runs: SizeRun[], targets: readonly Target[]): string {
  const verdicts = runs.flatMap(verdictsOf);
  const lines = [`| what | partnerships | ${targets.map((t) => TARGET_HEADERS[t]).join(' | ')} | target |`, `|---|---:|${targets.map(() => '---').join('|')}|---|`];
  for (const row of ROWS) {
    for (const run of runs) {
      const cells = targets.map((target) => cell(run, target, row, verdicts));
      if (cells.every((c) => c === '')) continue;
      const limit = JUDGED.map((target) => run.runs[target] && row.limit?.(run.size, run.runs[target]!)).find(Boolean);
      lines.push(`| ${row.label} | ${run.size.toLocaleString('en-US')} | ${cells.join(' | ')} | ${limit ? limit.says : ''} |`);
    }
  }
  return lines.join('\n');
}

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 0) : '—');

/** Everything measured, with the request rates, cold requests, errors and who used the CPU. */
export function formatDetails(runs: SizeRun[]): string {
  const header = [pad('size', 8), pad('target', 11), pad('scenario', 26), pad('req', 6, true), pad('req/s', 8, true), pad('p50', 8, true), pad('p99', 8, true), pad('max', 8, true), pad('cold', 8, true), pad('err', 4, true), '  CPU server/db/bench/others'];
  const lines = [header.join(' '), '-'.repeat(header.join(' ').length + 8)];
  for (const run of runs) {
    for (const [target, targetRun] of Object.entries(run.runs)) {
      if (targetRun.failure) lines.push(`${pad(run.size.toLocaleString('en-US'), 8)} ${pad(target, 11)} failed: ${targetRun.failure.split('\n')[0]}`);
      for (const [key, r] of Object.entries(targetRun.results)) {
        const conflicts = 'conflicts' in r ? `, ${r.conflicts} × 409 retried` : '';
        const cold = 'coldMs' in r ? ms(r.coldMs) : '';
        const { serverPct, databasePct, benchPct, othersPct } = r.cpu;
        lines.push(
          [pad(run.size.toLocaleString('en-US'), 8), pad(target, 11), pad(key, 26), pad(String(r.requests), 6, true), pad(r.perSecond.toFixed(1), 8, true), pad(ms(r.p50), 8, true), pad(`${r.p99IsLowerBound ? '≥' : ''}${ms(r.p99)}`, 8, true), pad(ms(r.max), 8, true), pad(cold, 8, true), pad(String(r.errors + r.aborted), 4, true)].join(' ') +
            `  ${serverPct}/${databasePct}/${benchPct}/${othersPct}%${conflicts}${r.firstError ? `  first error: ${r.firstError}` : ''}`,
        );
      }
      lines.push(`${pad(run.size.toLocaleString('en-US'), 8)} ${pad(target, 11)} ${pad('peak RSS (VmHWM)', 26)} ${targetRun.peakRssMbEach.map((mb) => (mb === null ? '?' : `${mb.toFixed(0)} MB`)).join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The SQL each request ran, with its time alone and SQLite's plan. */
export function formatPlans(plans: RequestPlans[]): string {
  return plans
    .map((request) => {
      const head = `${request.path}\n  → ${request.status}${request.contentRange ? ` Content-Range: ${request.contentRange}` : ''}; in-process first ${request.firstMs.toFixed(1)} ms, then ${request.againMs.toFixed(2)} ms${request.error ? `\n  error: ${request.error}` : ''}`;
      const queries = request.queries.map((query) => {
        if (query.medianMs === null) return `  [not timed] ${query.sql}`;
        const time = `${query.medianMs.toFixed(2)} ms`;
        const sql = query.sql.length > 400 ? `${query.sql.slice(0, 400)}…` : query.sql;
        return `  [${time}] ${sql}\n    params ${JSON.stringify(query.parameters)}\n${query.plan.map((line) => `      ${line}`).join('\n')}`;
      });
      return [head, ...queries].join('\n');
    })
    .join('\n\n');
}

export function writeSummary(path: string, summary: unknown) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(summary, null, 2)}\n`);
}
