import { DataTable, List } from 'react-admin';
import { EnumField, LocaleDateField } from '../../components/fields';
import { LinkCountField } from '../../components/LinkFields';
import { ParticipantsField } from '../../components/ParticipantFields';
import { ProgramStatusChip } from './ProgramStatusChip';
import { programFilters } from './programFilters';
import { useProgramExporter } from './programExporter';

const latestCycleFirst = { field: 'cycleYear', order: 'DESC' } as const;

/** Programs, latest cycle first, searchable and filterable, exported as readable CSV. */
export function ProgramList() {
  const exporter = useProgramExporter();
  return (
    <List filters={programFilters} sort={latestCycleFirst} perPage={25} exporter={exporter}>
      <DataTable rowClick="show">
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
    </List>
  );
}
