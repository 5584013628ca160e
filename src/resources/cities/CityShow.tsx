import { EditButton, Show, TopToolbar, useRecordContext } from 'react-admin';
import { Grid } from '@mui/material';
import type { City } from '../../domain';
import { CityPartnerships } from './CityPartnerships';
import { RecordHistory } from '../../components/history/RecordHistory';
import { CitySuggestions } from '../../components/matches/CitySuggestions';
import { ContactSection, IdentitySection, LeadershipSection, MembershipSection, NotesSection } from './CityShowSections';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

function CityDetails() {
  const city = useRecordContext<City>();
  if (!city) return null;
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <IdentitySection />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <LeadershipSection />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ContactSection />
      </Grid>
      {city.country === 'US' && (
        <Grid size={{ xs: 12, md: 6 }}>
          <MembershipSection />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 6 }}>
        <NotesSection />
      </Grid>
      <Grid size={12}>
        <CityPartnerships />
      </Grid>
      <Grid size={12}>
        <CitySuggestions />
      </Grid>
      <Grid size={12}>
        <RecordHistory />
      </Grid>
    </Grid>
  );
}

/** One city: who it is, who leads it, how to reach it, and its partnerships. */
export function CityShow() {
  return (
    <Show actions={<ShowActions />}>
      <CityDetails />
    </Show>
  );
}
