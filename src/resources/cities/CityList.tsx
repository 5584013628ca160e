import { DataTable, List } from 'react-admin';
import { ExportActions } from '../../components/export/ExportActions';
import { ListSavedViews } from '../../components/savedViews/ListSavedViews';
import { LocaleNumberField } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { cityFilters } from './cityFilters';
import { Admin1Field, CountryField, MembershipField } from './cityFields';
import { useRegionFilterDefaults } from '../../components/useSignedInUser';
import { ResponsiveList } from '../../components/responsive/ResponsiveList';
import { useResponsiveFilters } from '../../components/responsive/phoneFilters';
import { CityPhoneLine } from './CityPhoneLine';
import { WorkListColumns } from './WorkListColumns';
import type { City } from '../../domain';

const nameOf = (city: City) => city.name;

/** Every city of the initiative, paginated, sorted and filtered by the API. */
export function CityList() {
  // A coordinator opens the list on their region (the filter stays removable).
  const { filterDefaultValues, isPending } = useRegionFilterDefaults('region');
  const filters = useResponsiveFilters(cityFilters);
  if (isPending) return null;
  return (
    <List filters={filters} filterDefaultValues={filterDefaultValues} actions={<ExportActions><ListSavedViews /></ExportActions>} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <ResponsiveList primaryText={nameOf} secondaryText={<CityPhoneLine />}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="country" field={CountryField} />
          <DataTable.Col source="admin1" field={Admin1Field} />
          <DataTable.Col source="region" field={RegionChip} />
          <DataTable.Col source="population" align="right" field={LocaleNumberField} />
          <DataTable.Col source="leaderName" disableSort />
          <DataTable.Col source="sciMember" label="resources.cities.fields.membership" field={MembershipField} />
          <WorkListColumns />
        </DataTable>
      </ResponsiveList>
    </List>
  );
}
