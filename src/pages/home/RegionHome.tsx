import type { ReactNode } from 'react';
import { Button, Grid, Stack } from '@mui/material';
import ViewKanbanOutlined from '@mui/icons-material/ViewKanbanOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { AuRegion } from '../../domain';
import { WorkLists } from '../work/WorkLists';
import { HomeHeading } from './HomeHeading';
import { PartnershipsWidget } from './PartnershipsWidget';
import { RegionProgress } from './RegionProgress';

interface RegionHomeProps {
  userId: number;
  /** null: all of Africa (an admin who picked no region). */
  region: AuRegion | null;
  /** A control to pick another region (an admin's), beside the links. */
  regionPicker?: ReactNode;
}

/** A coordinator's home: their region's progress, its work lists and overdue next steps, its board. */
export function RegionHome({ userId, region, regionPicker }: RegionHomeProps) {
  const translate = useTranslate();
  // `all` says "all of Africa" on purpose to pages that open on a coordinator's region.
  const inAddress = `?region=${region ?? 'all'}`;
  return (
    <Stack spacing={2}>
      <HomeHeading
        title={region ? translate(`app.region.${region}`) : translate('app.home.region.allAfrica')}
        hint={translate('app.home.region.hint')}
        actions={
          <>
            {regionPicker}
            <Button component={Link} to={`/board${inAddress}`} variant="contained" startIcon={<ViewKanbanOutlined />}>
              {translate('app.home.region.board')}
            </Button>
            <Button component={Link} to={`/progress${inAddress}`} startIcon={<InsightsOutlined />}>
              {translate('app.home.region.progress')}
            </Button>
          </>
        }
      />
      <RegionProgress region={region} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <WorkLists region={region} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <PartnershipsWidget listKey="overdue" userId={userId} region={region} />
        </Grid>
      </Grid>
    </Stack>
  );
}
