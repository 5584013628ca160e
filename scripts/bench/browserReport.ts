import type { BrowserVisit, Step } from './browserVisit';

interface Measure {
  label: string;
  unit: 'KB' | 'ms';
  of: (visit: BrowserVisit) => number;
  /** Issue 12's targets, cold and warm; none where the issue sets none. */
  target?: { cold: number; warm: number };
}

const KB = 1024;

const MEASURES: Measure[] = [
  { label: 'on the wire until the sign-in form is usable', unit: 'KB', of: (visit) => visit.bytes.signInForm / KB, target: { cold: 300, warm: 300 } },
  { label: 'on the wire for the whole visit', unit: 'KB', of: (visit) => visit.bytes.total / KB },
  { label: 'navigation → sign-in form usable', unit: 'ms', of: (visit) => visit.ms.signInForm, target: { cold: 3000, warm: 3000 } },
  { label: '"Sign in" pressed → progress chart drawn', unit: 'ms', of: (visit) => visit.ms.progressChart, target: { cold: 4000, warm: 1500 } },
  { label: 'menu "Partnerships" → first row', unit: 'ms', of: (visit) => visit.ms.partnershipsRow },
  { label: 'menu "Board" → first cards', unit: 'ms', of: (visit) => visit.ms.boardCards },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const format = (value: number, unit: Measure['unit']) => `${Math.round(value).toLocaleString('en-US')} ${unit}`;
const cell = (value: number, unit: Measure['unit'], target: number | undefined) =>
  target !== undefined && value > target ? `${format(value, unit)} **over target**` : format(value, unit);

function targetText({ unit, target }: Measure): string {
  if (!target) return '—';
  if (target.cold === target.warm) return `≤ ${format(target.cold, unit)}`;
  return `≤ ${format(target.cold, unit)} cold, ≤ ${format(target.warm, unit)} warm`;
}

/** The measures as a markdown table: cold and warm, the median and the slowest (or biggest) run, the target. */
export function formatBrowserTable(runs: { cold: BrowserVisit[]; warm: BrowserVisit[] }): string {
  const lines = ['| measure | cold median | cold max | warm median | warm max | target |', '|---|---|---|---|---|---|'];
  for (const measure of MEASURES) {
    const cells = (['cold', 'warm'] as const).flatMap((cache) => {
      const values = runs[cache].map(measure.of);
      return [cell(median(values), measure.unit, measure.target?.[cache]), cell(Math.max(...values), measure.unit, measure.target?.[cache])];
    });
    lines.push(`| ${measure.label} | ${cells.join(' | ')} | ${targetText(measure)} |`);
  }
  return lines.join('\n');
}

/** The path and query, cut short: enough to tell the requests apart. */
const pathOf = (url: string) => {
  const { pathname, search } = new URL(url);
  return decodeURIComponent(`${pathname}${search}`).slice(0, 100);
};

const STEP_NAMES: Record<Step, string> = {
  signInForm: 'opening the app',
  progressChart: 'signing in',
  partnershipsRow: 'the partnerships list',
  boardCards: 'the board',
};

/** Where a visit's bytes went: per step, and its biggest downloads. */
export function formatDownloads(visit: BrowserVisit, biggest = 8): string {
  const perStep = (Object.keys(STEP_NAMES) as Step[]).map((step) => {
    const entries = visit.downloads.filter((entry) => entry.step === step);
    const bytes = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    return `${STEP_NAMES[step]}: ${format(bytes / KB, 'KB')} in ${entries.filter((entry) => entry.bytes > 0).length} downloads`;
  });
  const largest = [...visit.downloads]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, biggest)
    .map((entry) => `  ${format(entry.bytes / KB, 'KB').padStart(8)}  ${(entry.contentEncoding ?? 'identity').padEnd(8)}  ${STEP_NAMES[entry.step].padEnd(21)}  ${pathOf(entry.url)}`);
  return [...perStep, 'largest downloads:', ...largest].join('\n');
}
