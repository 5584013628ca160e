import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { TARGETS } from './config';
import type { CpuShares } from './cpu';
import type { LoadResult } from './load';
import type { RequestPlans } from './plans';
import type { ScenarioSpec, Target } from './scenarios';

export interface TargetRun {
  command: string | null;
  /** Why it could not be measured, when it could not. */
  failure: string | null;
  peakRssMb: number | null;
  stopped: string | null;
  results: Record<string, LoadResult & { cpu: CpuShares }>;
}

export interface SizeRun {
  size: number;
  generatedSeconds: number | null;
  /** What the first list request answered on each side, to show both answer the same query. */
  listTotals: Record<Target, number | null>;
  plans: RequestPlans[] | { error: string };
  runs: Record<Target, TargetRun>;
}

export interface Verdict {
  what: string;
  value: number | null;
  limit: number;
  unit: string;
  pass: boolean;
}

const ms = (value: number, lowerBound = false) => (Number.isFinite(value) ? `${lowerBound ? '≥' : ''}${value < 10 ? value.toFixed(2) : value.toFixed(0)}` : '—');
const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

/** The targets of issue 3, judged on the 500k run. */
export function verdictsOf(run: SizeRun, scenarios: ScenarioSpec[]): Verdict[] {
  if (run.size !== TARGETS.size) return [];
  const verdicts: Verdict[] = scenarios
    .filter((spec) => spec.targetMs)
    .map((spec) => {
      const result = run.runs[spec.target].results[spec.key];
      const limit = TARGETS[spec.targetMs!];
      const value = result && result.errors === 0 ? result.p99 : null;
      return { what: `${spec.label} p99`, value, limit, unit: 'ms', pass: value !== null && value <= limit && !result!.p99IsLowerBound };
    });
  const rss = run.runs.server.peakRssMb;
  verdicts.push({ what: 'server peak RSS (VmHWM)', value: rss, limit: TARGETS.rssMb, unit: 'MB', pass: rss !== null && rss <= TARGETS.rssMb });
  return verdicts;
}

export function formatTable(runs: SizeRun[], scenarios: ScenarioSpec[]): string {
  const header = [pad('size', 8), pad('target', 12), pad('scenario', 46), pad('req', 6, true), pad('req/s', 8, true), pad('p50 ms', 8, true), pad('p99 ms', 9, true), pad('max ms', 9, true), pad('cold ms', 8, true), pad('err', 4, true), pad('others', 7, true), '  verdict'];
  const lines = [header.join(' '), '-'.repeat(header.join(' ').length)];
  for (const run of runs) {
    const verdicts = verdictsOf(run, scenarios);
    for (const spec of scenarios) {
      const result = run.runs[spec.target].results[spec.key];
      const failure = run.runs[spec.target].failure;
      const verdict = verdicts.find((v) => v.what === `${spec.label} p99`);
      const cells = result
        ? [pad(String(result.requests), 6, true), pad(result.perSecond.toFixed(1), 8, true), pad(ms(result.p50), 8, true), pad(ms(result.p99, result.p99IsLowerBound), 9, true), pad(ms(result.max, result.aborted > 0), 9, true), pad(ms(result.coldMs), 8, true), pad(String(result.errors + result.aborted), 4, true), pad(`${result.cpu.othersPct}%`, 7, true)]
        : [pad(`not measured: ${failure ?? 'skipped'}`.slice(0, 60), 60)];
      const mark = verdict ? `  ${verdict.pass ? 'PASS' : 'FAIL'} (p99 ≤ ${verdict.limit} ms)` : '';
      lines.push([pad(run.size.toLocaleString('en-US'), 8), pad(spec.target, 12), pad(spec.label, 46), ...cells].join(' ') + mark);
    }
    for (const target of ['server', 'json-server'] as const) {
      const rss = run.runs[target].peakRssMb;
      const verdict = target === 'server' ? verdicts.find((v) => v.unit === 'MB') : undefined;
      const mark = verdict ? `  ${verdict.pass ? 'PASS' : 'FAIL'} (≤ ${verdict.limit} MB)` : '';
      lines.push(`${pad(run.size.toLocaleString('en-US'), 8)} ${pad(target, 12)} ${pad('peak RSS (VmHWM)', 46)} ${rss === null ? '—' : `${rss.toFixed(0)} MB`}${mark}`);
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
