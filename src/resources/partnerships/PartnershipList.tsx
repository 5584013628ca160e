import { DataTable, List } from 'react-admin';
import { LocaleDateField, EnumField } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { StageChip } from '../../components/StageChip';
import { CityLink } from './CityLink';
import { StalledMarker } from './StalledMarker';
import { usePartnershipFilters } from './PartnershipFilters';
import { ExportActions } from '../../components/export/ExportActions';
import { useRegionFilterDefaults } from '../../components/useSignedInUser';

/** The pipeline: paginated, sorted and filtered by the API; exported whole (CSV, XLSX). */
export function PartnershipList() {
  const filters = usePartnershipFilters();
  // A coordinator opens the pipeline on their region (the filter stays removable).
  const { filterDefaultValues, isPending } = useRegionFilterDefaults('region');
  if (isPending) return null;
  return (
    <List filters={filters} filterDefaultValues={filterDefaultValues} actions={<ExportActions />} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="africanCityName">
          <CityLink idSource="africanCityId" nameSource="africanCityName" />
        </DataTable.Col>
        <DataTable.Col source="usCityName">
          <CityLink idSource="usCityId" nameSource="usCityName" />
        </DataTable.Col>
        <DataTable.Col source="region">
          <RegionChip />
        </DataTable.Col>
        <DataTable.Col source="stage">
          <StageChip />
        </DataTable.Col>
        <DataTable.Col source="stalled" disableSort>
          <StalledMarker />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EnumField source="kind" group="kind" />
        </DataTable.Col>
        <DataTable.Col source="cohort">
          <EnumField source="cohort" group="cohort" />
        </DataTable.Col>
        <DataTable.Col source="signedAt" field={LocaleDateField} />
        <DataTable.Col source="lastActivityAt" field={LocaleDateField} />
        <DataTable.Col source="nextStepDue" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
