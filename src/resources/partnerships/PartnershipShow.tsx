import { Show } from 'react-admin';
import { Box } from '@mui/material';
import { PartnershipHeader } from './PartnershipHeader';
import { PartnershipFacts } from './PartnershipFacts';
import { StageHistory } from './StageHistory';
import { PartnershipEvents } from './PartnershipEvents';
import { PartnershipPrograms } from './PartnershipPrograms';
import { RecordHistory } from '../../components/history/RecordHistory';

/** One partnership: the two cities, where it stands, how it got there, what it did, and who changed it. */
export function PartnershipShow() {
  return (
    <Show>
      <Box sx={{ p: { xs: 2, md: 3 } }}>
        <PartnershipHeader />
        <PartnershipFacts />
        <StageHistory />
        <PartnershipEvents />
        <PartnershipPrograms />
        <RecordHistory />
      </Box>
    </Show>
  );
}
