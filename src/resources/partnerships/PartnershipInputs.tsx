import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { CheckboxGroupInput, DateInput, required, SelectInput, TextInput } from 'react-admin';
import { COHORTS, FOCUS_AREAS, PARTNERSHIP_KINDS, type Role, type Stage } from '../../domain';
import { choicesOf } from '../../lib/choices';
import { CityInput } from './CityInput';
import { StageInputs } from './StageInputs';
import { Section } from '../../components/Section';

const twoColumns = { display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } };

function Columns({ children }: { children: ReactNode }) {
  return <Box sx={twoColumns}>{children}</Box>;
}

/** The inputs of a partnership, shared by create and edit (edit knows the stored stage and who edits). */
export function PartnershipInputs({ storedStage, role }: { storedStage?: Stage; role?: Role | null }) {
  return (
    <Box sx={{ width: '100%', maxWidth: 960 }}>
      <Section title="resources.partnerships.sections.cities">
        <Columns>
          <CityInput source="africanCityId" side="africa" />
          <CityInput source="usCityId" side="us" />
        </Columns>
      </Section>
      <Section title="resources.partnerships.sections.stage">
        <Columns>
          <StageInputs storedStage={storedStage} role={role} />
        </Columns>
      </Section>
      <Section title="resources.partnerships.sections.details">
        <Columns>
          <SelectInput source="kind" choices={choicesOf('kind', PARTNERSHIP_KINDS)} validate={required()} />
          <SelectInput source="cohort" choices={choicesOf('cohort', COHORTS)} validate={required()} />
        </Columns>
        <CheckboxGroupInput source="focusAreas" choices={choicesOf('focusArea', FOCUS_AREAS)} />
      </Section>
      <Section title="resources.partnerships.sections.dates">
        <Columns>
          <DateInput source="firstContactAt" />
          <DateInput source="sciRecognizedAt" />
        </Columns>
      </Section>
      <Section title="resources.partnerships.sections.notes">
        <Columns>
          <TextInput source="nextStep" />
          <DateInput source="nextStepDue" />
        </Columns>
        <TextInput source="notes" multiline minRows={3} />
      </Section>
    </Box>
  );
}
