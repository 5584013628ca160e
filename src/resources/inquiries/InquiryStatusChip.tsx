import type { ChipProps } from '@mui/material';
import { EnumChipField } from '../../components/EnumChip';
import type { InquiryStatus } from '../../domain';

const STATUS_COLORS: Partial<Record<InquiryStatus, ChipProps['color']>> = { new: 'warning', contacted: 'info', converted: 'success' };
const SETTLED: readonly InquiryStatus[] = ['converted', 'declined'];

/** Where an inquiry stands; a new one, waiting for someone to call, catches the eye. */
export const InquiryStatusChip = (_props: { source?: string; label?: string }) => (
  <EnumChipField source="status" group="inquiryStatus" colors={STATUS_COLORS} outlined={SETTLED} />
);
