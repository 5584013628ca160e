import { DataTable, List } from 'react-admin';
import { RegionalBulkDelete } from '../../components/RegionalBulkDelete';
import { useRegionFilterDefaults } from '../../components/useSignedInUser';
import { EnumField, LocaleDateField } from '../../components/fields';
import { LinkCountField } from '../../components/LinkFields';
import { ParticipantsField } from '../../components/ParticipantFields';
import { ProgramStatusChip } from './ProgramStatusChip';
import { programFilters } from './programFilters';
import { ExportActions } from '../../components/export/ExportActions';
import { ResponsiveList } from '../../components/responsive/ResponsiveList';
import { useResponsiveFilters } from '../../components/responsive/phoneFilters';
import { ProgramPhoneLine } from './ProgramPhoneLine';

const latestCycleFirst = { field: 'cycleYear', order: 'DESC' } as const;

/** Programs, latest cycle first, searchable and filterable, exported whole (CSV, XLSX). */
export function ProgramList() {
  // A coordinator opens the list on their region (the filter stays removable).
  const { filterDefaultValues, isPending } = useRegionFilterDefaults('regions');
  const filters = useResponsiveFilters(programFilters);
  if (isPending) return null;
  return (
    <List
      filters={filters}
      filterDefaultValues={filterDefaultValues}
      sort={latestCycleFirst}
      perPage={25}
      actions={<ExportActions />}
    >
      <ResponsiveList secondaryText={<ProgramPhoneLine />}>
        <DataTable rowClick="show" bulkActionButtons={<RegionalBulkDelete />}>
          <DataTable.Col source="title" />
          <DataTable.Col source="kind">
            <EnumField source="kind" group="programKind" />
          </DataTable.Col>
          <DataTable.Col source="cycleYear" align="right" />
          <DataTable.Col source="status">
            <ProgramStatusChip />
          </DataTable.Col>
          <DataTable.Col source="focusArea">
            <EnumField source="focusArea" group="focusArea" />
          </DataTable.Col>
          <DataTable.Col label="resources.programs.fields.participants">
            <ParticipantsField />
          </DataTable.Col>
          <DataTable.Col source="deadline">
            <LocaleDateField source="deadline" />
          </DataTable.Col>
          <DataTable.Col label="resources.programs.fields.partnershipCount" align="right">
            <LinkCountField source="partnershipIds" />
          </DataTable.Col>
          <DataTable.Col label="resources.programs.fields.cityCount" align="right">
            <LinkCountField source="cityIds" />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </List>
  );
}
