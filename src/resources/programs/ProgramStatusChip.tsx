import type { ChipProps } from '@mui/material';
import { EnumChipField } from '../../components/EnumChip';
import type { ProgramStatus } from '../../domain/program';

const STATUS_COLORS: Partial<Record<ProgramStatus, ChipProps['color']>> = { open: 'info', running: 'success' };
const FINISHED: readonly ProgramStatus[] = ['completed'];

/** Where a program stands; open (taking applications) and running catch the eye. */
export const ProgramStatusChip = () => (
  <EnumChipField source="status" group="programStatus" colors={STATUS_COLORS} outlined={FINISHED} />
);
