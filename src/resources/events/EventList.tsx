import { DataTable, List } from 'react-admin';
import { RegionalBulkDelete } from '../../components/RegionalBulkDelete';
import { useRegionFilterDefaults } from '../../components/useSignedInUser';
import { EnumField } from '../../components/fields';
import { LinkCountField } from '../../components/LinkFields';
import { ParticipantsField } from '../../components/ParticipantFields';
import { EventDatesField, EventLocationField } from './EventFields';
import { eventFilters } from './eventFilters';
import { ExportActions } from '../../components/export/ExportActions';
import { ResponsiveList } from '../../components/responsive/ResponsiveList';
import { useResponsiveFilters } from '../../components/responsive/phoneFilters';
import { EventPhoneLine } from './EventPhoneLine';

const latestFirst = { field: 'startsAt', order: 'DESC' } as const;

/** Events, latest first, searchable and filterable, exported whole (CSV, XLSX). */
export function EventList() {
  // A coordinator opens the list on their region (the filter stays removable).
  const { filterDefaultValues, isPending } = useRegionFilterDefaults('regions');
  const filters = useResponsiveFilters(eventFilters);
  if (isPending) return null;
  return (
    <List
      filters={filters}
      filterDefaultValues={filterDefaultValues}
      sort={latestFirst}
      perPage={25}
      actions={<ExportActions />}
    >
      <ResponsiveList secondaryText={<EventPhoneLine />}>
        <DataTable rowClick="show" bulkActionButtons={<RegionalBulkDelete />}>
          <DataTable.Col source="title" />
          <DataTable.Col source="type">
            <EnumField source="type" group="eventType" />
          </DataTable.Col>
          <DataTable.Col source="startsAt" label="resources.events.fields.dates">
            <EventDatesField />
          </DataTable.Col>
          <DataTable.Col label="resources.events.fields.location">
            <EventLocationField />
          </DataTable.Col>
          <DataTable.Col source="focusArea">
            <EnumField source="focusArea" group="focusArea" />
          </DataTable.Col>
          <DataTable.Col label="resources.events.fields.participants">
            <ParticipantsField />
          </DataTable.Col>
          <DataTable.Col label="resources.events.fields.partnershipCount" align="right">
            <LinkCountField source="partnershipIds" />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </List>
  );
}
