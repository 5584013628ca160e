import { EditButton, Show, TopToolbar, useRecordContext } from 'react-admin';
import { Grid, Stack, Typography } from '@mui/material';
import type { Inquiry } from '../../domain';
import { RecordHistory } from '../../components/history/RecordHistory';
import { ConvertButton } from './ConvertButton';
import { ConvertRequestProvider } from './convertRequest';
import { InquiryMatches } from './InquiryMatches';
import { InquiryStatusChip } from './InquiryStatusChip';
import { CitySection, ContactSection, TriageSection, WishesSection } from './InquiryShowSections';
import { inquiryQueryOptions } from './inquiryAccess';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <ConvertButton />
  </TopToolbar>
);

function InquiryDetails() {
  const inquiry = useRecordContext<Inquiry>();
  if (!inquiry) return null;
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={12}>
        <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
          <Typography variant="h6" component="p" sx={{ overflowWrap: 'anywhere' }}>
            {inquiry.organisation}
          </Typography>
          <InquiryStatusChip />
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ContactSection />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <CitySection />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <WishesSection />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TriageSection />
      </Grid>
      <Grid size={12}>
        <InquiryMatches inquiryId={inquiry.id} />
      </Grid>
      <Grid size={12}>
        <RecordHistory />
      </Grid>
    </Grid>
  );
}

/** One sign-up: everything the person sent, its triage, the partners worth suggesting, and its history. */
export function InquiryShow() {
  return (
    <ConvertRequestProvider>
      <Show actions={<ShowActions />} queryOptions={inquiryQueryOptions}>
        <InquiryDetails />
      </Show>
    </ConvertRequestProvider>
  );
}
