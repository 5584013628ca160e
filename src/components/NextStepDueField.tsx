import { Box } from '@mui/material';
import OverdueIcon from '@mui/icons-material/EventBusy';
import SoonIcon from '@mui/icons-material/Schedule';
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { dueState, type DueState, type Partnership } from '../domain';
import { formatDate } from './fields';
import { useToday } from './useToday';

const MARKS: Record<DueState, { Icon: typeof OverdueIcon; color: string; label: string }> = {
  overdue: { Icon: OverdueIcon, color: 'error.main', label: 'app.work.due.overdue' },
  soon: { Icon: SoonIcon, color: 'warning.dark', label: 'app.work.due.soon' },
};

type DueProps = { partnership: Pick<Partnership, 'stage' | 'nextStepDue'>; emptyText?: string };

/**
 * A next step's due date, marked when it is overdue or due within a week (an open stage only).
 * The mark is an icon, a colour and a name for screen readers, so colour is never the only sign.
 */
export function NextStepDue({ partnership, emptyText }: DueProps) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const today = useToday();
  const value = partnership.nextStepDue;
  if (!value) return <Box component="span" sx={{ typography: 'body2' }}>{emptyText ? translate(emptyText, { _: emptyText }) : ''}</Box>;
  const state = dueState(partnership, today);
  const mark = state ? MARKS[state] : null;
  return (
    <Box component="span" sx={{ typography: 'body2', display: 'inline-flex', alignItems: 'center', gap: 0.5, color: mark?.color, fontWeight: mark ? 500 : undefined }}>
      {mark ? <mark.Icon fontSize="inherit" titleAccess={translate(mark.label)} /> : null}
      {formatDate(value, locale)}
    </Box>
  );
}

/** The record's next step due date, marked like NextStepDue (lists, show pages). */
export function NextStepDueField({ emptyText }: FieldProps & { emptyText?: string }) {
  const record = useRecordContext<Partnership>();
  if (!record) return null;
  return <NextStepDue partnership={record} emptyText={emptyText} />;
}
