import { BooleanField, DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { EnumField } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { roleChoices } from './userChoices';
import { ExportActions } from '../../components/export/ExportActions';
import { ResponsiveList } from '../../components/responsive/ResponsiveList';
import { useResponsiveFilters } from '../../components/responsive/phoneFilters';
import { UserPhoneLine } from './UserPhoneLine';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />];

const RoleField = () => <EnumField source="role" group="role" />;
const DisabledField = () => <BooleanField source="disabled" looseValue={false} />;

/** The team directory, by name. */
export function UserList() {
  const listFilters = useResponsiveFilters(filters);
  return (
    <List filters={listFilters} sort={{ field: 'fullName', order: 'ASC' }} perPage={25} actions={<ExportActions />}>
      <ResponsiveList secondaryText={<UserPhoneLine />}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="fullName" />
          <DataTable.Col source="email" />
          <DataTable.Col source="role" field={RoleField} />
          <DataTable.Col source="region" field={RegionChip} />
          <DataTable.Col source="disabled" field={DisabledField} />
        </DataTable>
      </ResponsiveList>
    </List>
  );
}
