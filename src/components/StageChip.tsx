import type { ChipProps } from '@mui/material';
import { STAGES, type Stage } from '../domain';
import { EnumChip, EnumChipField } from './EnumChip';

/** Colour by where the stage sits: cold leads grey, talks blue, signed green, exits muted. */
const STAGE_COLORS: Record<Stage, ChipProps['color']> = {
  prospect: 'default',
  interest: 'info',
  exploring: 'info',
  proposal: 'primary',
  approvals: 'primary',
  signed: 'success',
  active: 'success',
  dormant: 'warning',
  ended: 'default',
  closed: 'default',
};
const EXITS = STAGES.filter((stage) => stage === 'ended' || stage === 'closed');

/** A stage as a coloured chip. */
export const StageLabel = ({ stage, size }: { stage: Stage; size?: ChipProps['size'] }) => (
  <EnumChip value={stage} group="stage" colors={STAGE_COLORS} outlined={EXITS} size={size} />
);

/** The record's stage as a coloured chip. */
export const StageChip = ({ size }: { source?: string; size?: ChipProps['size'] }) => (
  <EnumChipField source="stage" group="stage" colors={STAGE_COLORS} outlined={EXITS} size={size} />
);
