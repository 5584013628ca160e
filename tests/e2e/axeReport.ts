import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AxeResults } from 'axe-core';

export const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];
/** What issue 13 forbids: a violation of one of these impacts fails the run. */
export const BLOCKING: readonly Impact[] = ['critical', 'serious'];
/** WCAG 2.1 A and AA: the rules the report counts. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One rule broken on one page, with where (a few of its elements). */
export interface Finding {
  page: string;
  variant: string;
  rule: string;
  impact: Impact;
  help: string;
  targets: string[];
}

/** What one page gave in one language and theme. */
export interface PageCheck {
  page: string;
  variant: string;
  counts: Record<Impact, number>;
  findings: Finding[];
}

const noCounts = (): Record<Impact, number> => ({ critical: 0, serious: 0, moderate: 0, minor: 0 });

type AxeNode = AxeResults['violations'][number]['nodes'][number];

/** Where a violation is, and for a contrast its colours: what a fix needs to know. */
function describeNode(node: AxeNode): string {
  const where = node.target.join(' ');
  const contrast = node.any.find((check) => check.id === 'color-contrast')?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string } | undefined;
  return contrast?.fgColor ? `${where} (${contrast.fgColor} on ${contrast.bgColor}: ${contrast.contrastRatio}, needs ${contrast.expectedContrastRatio})` : where;
}

/** axe's answer for one page, as counts by impact (elements, not rules) and findings. */
export function checkOf(page: string, variant: string, results: AxeResults): PageCheck {
  const counts = noCounts();
  const findings: Finding[] = results.violations.map((violation) => {
    const impact = (violation.impact ?? 'minor') as Impact;
    counts[impact] += violation.nodes.length;
    return { page, variant, rule: violation.id, impact, help: violation.help, targets: violation.nodes.slice(0, 5).map(describeNode) };
  });
  return { page, variant, counts, findings };
}

const cell = (counts: Record<Impact, number>) => {
  const parts = IMPACTS.filter((impact) => counts[impact] > 0).map((impact) => `${counts[impact]} ${impact}`);
  return parts.length ? parts.join(', ') : '0';
};

/**
 * The axe report (docs/a11y/axe-report.md): pages × languages × themes, the count of elements
 * in violation by impact, then every violation found with a few of its elements.
 */
export function writeAxeReport(path: string, { pages, variants, checks, seconds }: { pages: string[]; variants: string[]; checks: PageCheck[]; seconds: number }) {
  const byKey = new Map(checks.map((check) => [`${check.page}|${check.variant}`, check]));
  const totals = noCounts();
  for (const check of checks) for (const impact of IMPACTS) totals[impact] += check.counts[impact];
  const rows = pages.map((page) => `| ${page} | ${variants.map((variant) => { const check = byKey.get(`${page}|${variant}`); return check ? cell(check.counts) : 'not checked'; }).join(' | ')} |`);
  const findings = checks.flatMap((check) => check.findings);
  const lines = [
    '# Accessibility: the axe report',
    '',
    `Written by \`tests/e2e/a11y.e2e.ts\` (\`npx vitest run --project e2e tests/e2e/a11y.e2e.ts\`) on ${new Date().toISOString().slice(0, 10)}:`,
    'axe-core in Chromium against what `npm start` serves (the demo data, signed in as an admin), WCAG 2.1 A and AA rules',
    `(${WCAG_TAGS.join(', ')}). Each cell counts the elements in violation by impact; the run fails on any serious or critical.`,
    `${checks.length} page views checked (${pages.length} pages in ${new Set(checks.map((check) => check.variant)).size} of the ${variants.length} languages and themes) in ${Math.round(seconds)} s.`,
    '',
    `Totals: ${IMPACTS.map((impact) => `${totals[impact]} ${impact}`).join(', ')}.`,
    '',
    `| page | ${variants.join(' | ')} |`,
    `|---|${variants.map(() => '---').join('|')}|`,
    ...rows,
    '',
    '## Violations',
    '',
    ...(findings.length === 0
      ? ['None.']
      : findings.map((finding) => `- **${finding.impact}** \`${finding.rule}\` on ${finding.page} (${finding.variant}): ${finding.help} — ${finding.targets.map((target) => `\`${target}\``).join(', ')}`)),
    '',
  ];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n'));
}
