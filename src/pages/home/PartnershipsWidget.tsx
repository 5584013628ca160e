import { Box, List, ListItem, ListItemButton, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Link as RaLink, useGetList, useTranslate } from 'react-admin';
import { workListFilter, type AuRegion, type Partnership } from '../../domain';
import { SectionCard } from '../../components/SectionCard';
import { NextStepDue } from '../../components/NextStepDueField';
import { StageLabel } from '../../components/StageChip';
import { useLocaleFormat } from '../dashboard/useLocaleFormat';
import { WidgetError } from '../../components/WidgetError';
import { workListPath } from '../work/workListPath';

/** The work lists a home shows as a few rows of their own. */
export type WidgetListKey = 'mine' | 'overdue' | 'dueSoon';

const FEW = 5;
// The most pressing first: the next step due soonest.
const SORT = { field: 'nextStepDue', order: 'ASC' } as const;

interface PartnershipsWidgetProps {
  listKey: WidgetListKey;
  userId: number;
  region: AuRegion | null;
}

/**
 * A few partnerships of one work list, read with the list's own filter (so the total is the
 * list's), and a link to the whole list. It loads and fails on its own.
 */
export function PartnershipsWidget({ listKey, userId, region }: PartnershipsWidgetProps) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const { filter } = workListFilter(listKey, { userId, region });
  const { data, total, error, refetch } = useGetList<Partnership>('partnerships', {
    filter,
    sort: SORT,
    pagination: { page: 1, perPage: FEW },
  });
  const title = translate(`app.home.widget.${listKey}`);
  return (
    <SectionCard title={title}>
      {error ? (
        <WidgetError title={translate('app.home.widget.error')} error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Skeleton variant="rounded" height={160} sx={{ mt: 1 }} />
      ) : data.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('app.home.widget.empty')}
        </Typography>
      ) : (
        <List dense disablePadding sx={{ mt: 1 }}>
          {data.map((partnership) => (
            <PartnershipRow key={partnership.id} partnership={partnership} />
          ))}
        </List>
      )}
      {typeof total === 'number' && total > 0 ? (
        <Box sx={{ mt: 1 }}>
          <RaLink to={workListPath(listKey, { userId, region })} variant="body2">
            {translate('app.home.widget.seeAll', { count: format.number(total) })}
          </RaLink>
        </Box>
      ) : null}
    </SectionCard>
  );
}

/** One partnership: its two cities (a link to it), its stage and its next step's date. */
function PartnershipRow({ partnership }: { partnership: Partnership }) {
  return (
    <ListItem disablePadding>
      <ListItemButton component={Link} to={`/partnerships/${partnership.id}/show`} sx={{ borderRadius: 1, px: 1 }}>
        <ListItemText
          primary={`${partnership.africanCityName} ↔ ${partnership.usCityName}`}
          slotProps={{ secondary: { component: 'div' } }}
          secondary={
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
              <StageLabel stage={partnership.stage} />
              <NextStepDue partnership={partnership} />
            </Stack>
          }
        />
      </ListItemButton>
    </ListItem>
  );
}
