import { Box, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { RegionSelect } from '../dashboard/RegionSelect';
import { useRegionParam } from '../dashboard/useRegionParam';
import { WorkLists } from './WorkLists';
import { useOwnPageHeading } from '../../components/PageHeading';

/**
 * The work lists on a page of their own (`/work`), for any region: a coordinator's opens on
 * theirs, as the dashboard does, and the region stays in the address.
 */
export default function WorkPage() {
  const translate = useTranslate();
  const [region, setRegion] = useRegionParam();
  useOwnPageHeading();
  return (
    <Stack spacing={2} sx={{ py: 2, maxWidth: 720 }}>
      <Title title="app.work.title" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-end' } }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {translate('app.work.title')}
        </Typography>
        <RegionSelect value={region} onChange={setRegion} />
      </Stack>
      <Box>
        <WorkLists region={region} />
      </Box>
    </Stack>
  );
}
