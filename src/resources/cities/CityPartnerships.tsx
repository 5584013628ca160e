import { DataTable, useRecordContext } from 'react-admin';
import type { City, Partnership } from '../../domain';
import { EnumField, LocaleDateField } from '../../components/fields';
import { RelatedRecords } from '../../components/RelatedRecords';
import { StageChip } from '../../components/StageChip';
import { ShowSection } from './CityShowSections';

const label = (key: string) => `resources.cities.partnerships.${key}`;

/** The city's partnerships, whichever side it is on (the API's cityId filter matches both). */
export function CityPartnerships() {
  const city = useRecordContext<City>();
  if (!city) return null;
  const partnerName = (p: Partnership) => (p.africanCityId === city.id ? p.usCityName : p.africanCityName);
  return (
    <ShowSection title="partnerships">
      <RelatedRecords reference="partnerships" target="cityId" sort={{ field: 'updatedAt', order: 'DESC' }} empty={label('empty')}>
        <DataTable.Col label={label('partner')} render={partnerName} />
        <DataTable.Col source="kind" label={label('kind')}>
          <EnumField source="kind" group="kind" />
        </DataTable.Col>
        <DataTable.Col source="stage" label={label('stage')}>
          <StageChip />
        </DataTable.Col>
        <DataTable.Col source="signedAt" label={label('signedAt')} field={LocaleDateField} />
      </RelatedRecords>
    </ShowSection>
  );
}
