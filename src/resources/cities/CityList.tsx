import { DataTable, List } from 'react-admin';
import { ExportActions } from '../../components/export/ExportActions';
import { LocaleNumberField } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { cityFilters } from './cityFilters';
import { Admin1Field, CountryField, MembershipField } from './cityFields';
import { useRegionFilterDefaults } from '../../components/useSignedInUser';

/** Every city of the initiative, paginated, sorted and filtered by the API. */
export function CityList() {
  // A coordinator opens the list on their region (the filter stays removable).
  const { filterDefaultValues, isPending } = useRegionFilterDefaults('region');
  if (isPending) return null;
  return (
    <List filters={cityFilters} filterDefaultValues={filterDefaultValues} actions={<ExportActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="country" field={CountryField} />
        <DataTable.Col source="admin1" field={Admin1Field} />
        <DataTable.Col source="region" field={RegionChip} />
        <DataTable.Col source="population" align="right" field={LocaleNumberField} />
        <DataTable.Col source="leaderName" disableSort />
        <DataTable.Col source="sciMember" label="resources.cities.fields.membership" field={MembershipField} />
      </DataTable>
    </List>
  );
}
