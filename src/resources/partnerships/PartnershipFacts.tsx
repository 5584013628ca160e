import { Box } from '@mui/material';
import { Labeled, TextField, useRecordContext } from 'react-admin';
import { EnumField, LocaleDateField } from '../../components/fields';
import type { Partnership } from '../../domain';
import { FocusAreasField } from './FocusAreasField';
import { Section } from '../../components/Section';
import { NextStepDueField } from '../../components/NextStepDueField';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' } };

/** What the partnership is, its key dates, and what happens next. */
export function PartnershipFacts() {
  const record = useRecordContext<Partnership>();
  if (!record) return null;
  return (
    <>
      <Section title="resources.partnerships.sections.details">
        <Box sx={grid}>
          <Labeled><EnumField source="kind" group="kind" /></Labeled>
          <Labeled><EnumField source="cohort" group="cohort" /></Labeled>
          <Labeled><EnumField source="region" group="region" /></Labeled>
          <Labeled><FocusAreasField source="focusAreas" /></Labeled>
          {record.closedReason ? <Labeled><TextField source="closedReason" /></Labeled> : null}
        </Box>
      </Section>
      <Section title="resources.partnerships.sections.dates">
        <Box sx={grid}>
          <Labeled><LocaleDateField source="firstContactAt" emptyText="app.none" /></Labeled>
          <Labeled><LocaleDateField source="signedAt" emptyText="app.none" /></Labeled>
          <Labeled><LocaleDateField source="sciRecognizedAt" emptyText="app.none" /></Labeled>
          <Labeled><LocaleDateField source="lastActivityAt" emptyText="app.none" /></Labeled>
        </Box>
      </Section>
      <Section title="resources.partnerships.sections.notes">
        <Box sx={grid}>
          <Labeled><TextField source="nextStep" emptyText="app.none" /></Labeled>
          <Labeled><NextStepDueField source="nextStepDue" emptyText="app.none" /></Labeled>
        </Box>
        <Labeled sx={{ mt: 2 }}>
          <TextField source="notes" emptyText="app.none" sx={{ whiteSpace: 'pre-line' }} />
        </Labeled>
      </Section>
    </>
  );
}
