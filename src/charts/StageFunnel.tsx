import { Stack, Typography } from '@mui/material';
import { EXITS, PIPELINE, PRE_SIGNATURE, type Stage } from '../domain';
import { CountBars, type CountBarsLabels } from './CountBars';
import { chartPalette } from './palette';

export interface StageFunnelLabels extends CountBarsLabels {
  stage: Record<Stage, string>;
  pipeline: string;
  exits: string;
}

interface StageFunnelProps {
  data: Record<Stage, number>;
  labels: StageFunnelLabels;
  locale: string;
}

const colorOf = (stage: Stage) =>
  PRE_SIGNATURE.includes(stage) ? chartPalette.beforeSignature : (EXITS as readonly Stage[]).includes(stage) ? chartPalette.exit : chartPalette.counted;

/**
 * Partnerships by stage: the pipeline in its order (lighter before signature, full blue once
 * signed), and the ways out (dormant, ended, closed) apart, so they never read as progress.
 */
export function StageFunnel({ data, labels, locale }: StageFunnelProps) {
  const barsOf = (stages: readonly Stage[]) =>
    stages.map((stage) => ({ key: stage, label: labels.stage[stage], value: data[stage] ?? 0, color: colorOf(stage) }));
  return (
    <Stack spacing={1}>
      <Typography variant="overline" color="text.secondary">
        {labels.pipeline}
      </Typography>
      <CountBars bars={barsOf(PIPELINE)} labels={{ ...labels, title: `${labels.title} · ${labels.pipeline}` }} locale={locale} />
      <Typography variant="overline" color="text.secondary">
        {labels.exits}
      </Typography>
      <CountBars bars={barsOf(EXITS)} labels={{ ...labels, title: `${labels.title} · ${labels.exits}` }} locale={locale} />
    </Stack>
  );
}
