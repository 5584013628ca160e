import {
  ChipField,
  DataTable,
  ReferenceArrayField,
  ReferenceField,
  SingleFieldList,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { Chip, Typography } from '@mui/material';
import { FieldText, formatNumber } from './fields';
import { StageChip } from './StageChip';
import { cityLabel, partnershipPair, type CityNames } from '../lib/linkLabels';

// Fields that show what a record (an event, a program) links to; their words are app.linked.*.

/** The linked partnerships as a small table (pair, stage), each row opening the partnership. */
export function LinkedPartnerships({ source }: FieldProps & { source: string }) {
  const translate = useTranslate();
  return (
    <ReferenceArrayField
      source={source}
      reference="partnerships"
      empty={<Typography variant="body2">{translate('app.linked.noPartnership')}</Typography>}
    >
      <DataTable bulkActionButtons={false} rowClick="show" size="small">
        <DataTable.Col label="app.linked.pair" render={partnershipPair} />
        <DataTable.Col label="app.linked.stage">
          <StageChip />
        </DataTable.Col>
      </DataTable>
    </ReferenceArrayField>
  );
}

/** A chip inside the list's link: the link is the one stop for the keyboard, the chip only its look. */
const CityLabelChip = () => {
  const city = useRecordContext<CityNames & { id: number }>();
  return <Chip size="small" label={cityLabel(city)} sx={{ cursor: 'pointer' }} />;
};

/** The linked cities as chips, each opening the city. */
export function LinkedCities({ source }: FieldProps & { source: string }) {
  const translate = useTranslate();
  return (
    <ReferenceArrayField
      source={source}
      reference="cities"
      empty={<Typography variant="body2">{translate('app.linked.noCity')}</Typography>}
    >
      <SingleFieldList linkType="show">
        <CityLabelChip />
      </SingleFieldList>
    </ReferenceArrayField>
  );
}

/** One city's name, linking to it; a dash when there is none. */
export const CityName = ({ source }: FieldProps & { source: string }) => (
  <ReferenceField source={source} reference="cities" link="show" emptyText="app.none">
    <ChipField source="name" size="small" />
  </ReferenceField>
);

/** How many records an array field links to, in the user's locale. */
export function LinkCountField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const links = record?.[source];
  return (
    <FieldText>{formatNumber(Array.isArray(links) ? links.length : 0, locale)}</FieldText>
  );
}
