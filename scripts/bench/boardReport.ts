import type { Stage } from '../../src/domain';
import type { BoardVisit } from './boardVisit';

/** A figure over the runs: the median, and the spread. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

const FIGURES = {
  firstCardsMs: (visit: BoardVisit) => visit.firstCardsMs,
  requests: (visit: BoardVisit) => visit.requests,
  apiRequests: (visit: BoardVisit) => visit.apiRequests,
  heapMb: (visit: BoardVisit) => visit.heapMb,
  scrolledCards: (visit: BoardVisit) => visit.scrolled.cards,
  scrolledRequests: (visit: BoardVisit) => visit.scrolled.requests,
  scrolledApiRequests: (visit: BoardVisit) => visit.scrolled.apiRequests,
  scrolledHeapMb: (visit: BoardVisit) => visit.scrolled.heapMb,
} as const;

export type BoardSummary = Record<keyof typeof FIGURES, Spread>;

function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

export function summarise(visits: BoardVisit[]): BoardSummary {
  return Object.fromEntries(Object.entries(FIGURES).map(([key, figure]) => [key, spreadOf(visits.map(figure))])) as BoardSummary;
}

const ROWS: ReadonlyArray<readonly [keyof typeof FIGURES, string, number]> = [
  ['firstCardsMs', 'time to the first cards (ms)', 0],
  ['requests', 'requests until the board settles', 0],
  ['apiRequests', '  of which to the API', 0],
  ['heapMb', 'JS heap used (MB)', 1],
  ['scrolledCards', 'cards in the scrolled column', 0],
  ['scrolledRequests', 'requests made by the scrolling', 0],
  ['scrolledApiRequests', '  of which to the API', 0],
  ['scrolledHeapMb', 'JS heap used after scrolling (MB)', 1],
];

const cell = ({ median, min, max }: Spread, digits: number) =>
  min === max ? median.toFixed(digits) : `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;

interface TableContext {
  total: number;
  open: number;
  onBoard: number;
  scrolled: Stage;
  pages: number;
  runs: number;
  viewport: { width: number; height: number };
}

/** Cold and warm side by side: the median of the runs, their range in brackets. */
export function formatBoardTable(summary: { cold: BoardSummary; warm: BoardSummary }, context: TableContext): string {
  const width = 40;
  const lines = [
    `The stage board: ${context.total.toLocaleString('en-US')} partnerships, ${context.open.toLocaleString('en-US')} open, ` +
      `${context.onBoard.toLocaleString('en-US')} on its columns; Chromium ${context.viewport.width} × ${context.viewport.height}, ` +
      `signed in as an admin (all of Africa); ${context.runs} runs each, median (min–max).`,
    `After the first cards, the "${context.scrolled}" column is scrolled down ${context.pages} more pages.`,
    '',
    `${''.padEnd(width)} ${'cold'.padEnd(24)} warm`,
  ];
  for (const [key, label, digits] of ROWS) {
    lines.push(`${label.padEnd(width)} ${cell(summary.cold[key], digits).padEnd(24)} ${cell(summary.warm[key], digits)}`);
  }
  lines.push('', 'Cold: a fresh browser profile (empty cache) per run. Warm: one profile, its cache primed by a first visit not counted.');
  lines.push('The heap is JSHeapUsedSize (CDP Performance.getMetrics) after a forced garbage collection.');
  return lines.join('\n');
}
