import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { COHORTS, type Cohort } from '../../../domain';
import { QUICK_PERIODS, quickPeriodOf, type Period, type QuickPeriod } from './periods';

export interface FunnelChoice extends Period {
  cohort: Cohort | null;
}

interface FunnelControlsProps {
  value: FunnelChoice;
  quick: Record<QuickPeriod, Period>;
  /** The period's end falls before its start: said under the end. */
  endBeforeStart: boolean;
  onChange: (choice: FunnelChoice) => void;
}

const ALL = 'all';

/** The funnel's own scope: a cohort, and a period picked in one click or day by day. */
export function FunnelControls({ value, quick, endBeforeStart, onChange }: FunnelControlsProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`dashboard.funnel.${key}`);
  const date = (field: 'from' | 'to') => ({
    type: 'date',
    size: 'small' as const,
    label: t(field),
    value: value[field],
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [field]: event.target.value }),
    slotProps: { inputLabel: { shrink: true } },
    sx: { width: { xs: '100%', sm: 170 } },
  });
  return (
    <Stack component="fieldset" aria-label={t('controls')} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
      <TextField
        select
        size="small"
        label={t('cohort')}
        value={value.cohort ?? ALL}
        onChange={(event) => onChange({ ...value, cohort: (COHORTS as readonly string[]).includes(event.target.value) ? (event.target.value as Cohort) : null })}
        sx={{ width: { xs: '100%', md: 200 } }}
      >
        <MenuItem value={ALL}>{t('cohortAll')}</MenuItem>
        {COHORTS.map((cohort) => (
          <MenuItem key={cohort} value={cohort}>
            {translate(`app.cohort.${cohort}`)}
          </MenuItem>
        ))}
      </TextField>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={quickPeriodOf(value, quick)}
        onChange={(_event, name: QuickPeriod | null) => name && onChange({ ...value, ...quick[name] })}
        aria-label={t('period')}
        sx={{ flexWrap: 'wrap' }}
      >
        {QUICK_PERIODS.map((name) => (
          <ToggleButton key={name} value={name} sx={{ textTransform: 'none' }}>
            {t(`quick.${name}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Stack direction="row" spacing={1} sx={{ width: { xs: '100%', md: 'auto' } }}>
        <TextField {...date('from')} />
        <TextField {...date('to')} error={endBeforeStart} helperText={endBeforeStart ? translate('app.validation.endBeforeStart') : undefined} />
      </Stack>
    </Stack>
  );
}
