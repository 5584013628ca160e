import type { ReactNode } from 'react';
import {
  EmailField,
  SimpleShowLayout,
  TextField,
  UrlField,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { Alert, Typography } from '@mui/material';
import type { City } from '../../domain';
import { EnumField, LocaleDateField, formatDate, formatNumber } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { SectionCard } from '../../components/SectionCard';
import { useToday } from '../../components/useToday';
import { Admin1Field, CountryField, LanguagesField, MembershipField } from './cityFields';
import { leaderTermStatus } from './cityStatus';

/** A card of the city's page; `title` names a key under resources.cities.sections. */
export function ShowSection({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <SectionCard title={translate(`resources.cities.sections.${title}`)}>
      <SimpleShowLayout sx={{ px: 0 }}>{children}</SimpleShowLayout>
    </SectionCard>
  );
}

function CoordinatesField(_props: FieldProps) {
  const record = useRecordContext<City>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (typeof record?.lat !== 'number' || typeof record.lng !== 'number') return null;
  const coordinate = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 4 });
  return <Typography variant="body2">{translate('resources.cities.coordinates', { lat: coordinate(record.lat), lng: coordinate(record.lng) })}</Typography>;
}

function PopulationField(_props: FieldProps) {
  const record = useRecordContext<City>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (typeof record?.population !== 'number') return null;
  const population = formatNumber(record.population, locale);
  const text = record.populationYear
    ? translate('resources.cities.populationWithYear', { population, year: record.populationYear })
    : population;
  return <Typography variant="body2">{text}</Typography>;
}

export const IdentitySection = () => (
  <ShowSection title="identity">
    <CountryField source="country" />
    <Admin1Field source="admin1" />
    <EnumField source="side" group="side" />
    <RegionChip source="region" />
    <CoordinatesField source="coordinates" label="resources.cities.fields.coordinates" />
    <PopulationField source="population" />
  </ShowSection>
);

/** Turnover at city hall is a known stall risk: say so before the term ends. */
function LeaderTermWarning() {
  const record = useRecordContext<City>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = useToday();
  const status = leaderTermStatus(record?.leaderTermEnds, today);
  if (status === 'ok' || !record?.leaderTermEnds) return null;
  return (
    <Alert severity="warning">
      {translate(`resources.cities.leaderTerm.${status}`, { date: formatDate(record.leaderTermEnds, locale) })}
    </Alert>
  );
}

export const LeadershipSection = () => (
  <ShowSection title="leadership">
    <TextField source="leaderTitle" emptyText="app.none" />
    <TextField source="leaderName" emptyText="app.none" />
    <LocaleDateField source="leaderTermEnds" emptyText="app.none" />
    <LeaderTermWarning />
  </ShowSection>
);

export const ContactSection = () => (
  <ShowSection title="contact">
    <TextField source="contactName" emptyText="app.none" />
    <EmailField source="contactEmail" emptyText="app.none" />
    <TextField source="contactPhone" emptyText="app.none" />
    <UrlField source="website" target="_blank" rel="noopener" emptyText="app.none" />
    <LanguagesField source="languages" />
  </ShowSection>
);

export const MembershipSection = () => (
  <ShowSection title="membership">
    <MembershipField source="sciMember" />
    <LocaleDateField source="duesPaidThrough" emptyText="app.none" />
  </ShowSection>
);

export const NotesSection = () => (
  <ShowSection title="notes">
    <TextField source="notes" label={false} emptyText="app.none" sx={{ whiteSpace: 'pre-wrap' }} />
  </ShowSection>
);
