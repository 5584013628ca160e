import { Grid, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { WorkLists } from '../work/WorkLists';
import { HomeHeading } from './HomeHeading';
import { PartnershipsWidget, type WidgetListKey } from './PartnershipsWidget';

const WIDGETS: readonly WidgetListKey[] = ['mine', 'overdue', 'dueSoon'];

/** Staff land on their work: what they own, what is overdue and due this week, and every work list. */
export function StaffHome({ userId }: { userId: number }) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <HomeHeading title={translate('app.home.staff.heading')} hint={translate('app.home.staff.hint')} />
      <Grid container spacing={2}>
        {WIDGETS.map((key) => (
          <Grid key={key} size={{ xs: 12, md: 6, xl: 3 }}>
            <PartnershipsWidget listKey={key} userId={userId} region={null} />
          </Grid>
        ))}
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <WorkLists region={null} />
        </Grid>
      </Grid>
    </Stack>
  );
}
