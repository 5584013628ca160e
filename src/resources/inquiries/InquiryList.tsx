import { DataTable, FilterButton, List, TextField, TopToolbar, useCanAccess, useFilterContext } from 'react-admin';
import { EnumField, LocaleDateField } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { ExportMenu } from '../../components/export/ExportMenu';
import { ResponsiveList } from '../../components/responsive/ResponsiveList';
import { useResponsiveFilters } from '../../components/responsive/phoneFilters';
import { InquiryCityField } from './InquiryCityField';
import { InquiryPhoneLine } from './InquiryPhoneLine';
import { InquiryStatusChip } from './InquiryStatusChip';
import { StatusQuickFilter } from './StatusQuickFilter';
import { inquiryFilters, OPEN_STATUSES } from './inquiryFilters';

const newestFirst = { field: 'createdAt', order: 'DESC' } as const;
// The triage opens on what someone still has to handle; the quick views and the filter show the rest.
const stillToHandle = { status: [...OPEN_STATUSES] };

/** The list's toolbar: the quick views, the filters and, for whoever may (not a coordinator), Export. No Create: inquiries come from the public page. */
function InquiryActions() {
  const { canAccess: canExport } = useCanAccess({ action: 'export', resource: 'inquiries' });
  // On a phone the filters are the drawer's (an element, not a list): no Add filter button.
  const filters = useFilterContext();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <StatusQuickFilter />
      {Array.isArray(filters) && filters.length > 0 && <FilterButton />}
      {canExport && <ExportMenu />}
    </TopToolbar>
  );
}

/** The public's sign-ups, newest first; a coordinator's list holds only their region's (the API's rule). */
export function InquiryList() {
  const filters = useResponsiveFilters(inquiryFilters);
  return (
    <List filters={filters} filterDefaultValues={stillToHandle} sort={newestFirst} perPage={25} actions={<InquiryActions />}>
      <ResponsiveList primaryText={<TextField source="organisation" />} secondaryText={<InquiryPhoneLine />}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="createdAt">
            <LocaleDateField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col source="organisation" />
          <DataTable.Col source="contactName" />
          <DataTable.Col source="cityName" label="resources.inquiries.fields.city">
            <InquiryCityField />
          </DataTable.Col>
          <DataTable.Col source="side">
            <EnumField source="side" group="side" />
          </DataTable.Col>
          <DataTable.Col source="region">
            <RegionChip />
          </DataTable.Col>
          <DataTable.Col source="status">
            <InquiryStatusChip />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </List>
  );
}
