import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField, EnumField } from '../../components/fields';
import { RegionChip } from '../../components/RegionChip';
import { StageChip } from '../../components/StageChip';
import { NextStepDueField } from '../../components/NextStepDueField';
import { CityLink } from './CityLink';
import { StalledMarker } from './StalledMarker';
import { usePartnershipFilters } from './PartnershipFilters';
import { ExportActions } from '../../components/export/ExportActions';
import { ListSavedViews } from '../../components/savedViews/ListSavedViews';
import { useRegionFilterDefaults } from '../../components/useSignedInUser';
import { ResponsiveList } from '../../components/responsive/ResponsiveList';
import { useResponsiveFilters } from '../../components/responsive/phoneFilters';
import { PartnershipPhoneLine } from './PartnershipPhoneLine';
import { usePartnershipBulkActions } from './bulk/PartnershipBulkActions';

/** The pipeline: paginated, sorted and filtered by the API; exported whole (CSV, XLSX). */
export function PartnershipList() {
  const filters = useResponsiveFilters(usePartnershipFilters());
  const bulkActions = usePartnershipBulkActions();
  // A coordinator opens the pipeline on their region (the filter stays removable).
  const { filterDefaultValues, isPending } = useRegionFilterDefaults('region');
  if (isPending) return null;
  return (
    <List filters={filters} filterDefaultValues={filterDefaultValues} actions={<ExportActions><ListSavedViews /></ExportActions>} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25}>
      <ResponsiveList secondaryText={<PartnershipPhoneLine />}>
        <DataTable rowClick="show" bulkActionButtons={bulkActions}>
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
          <DataTable.Col source="ownerId" disableSort>
            <ReferenceField source="ownerId" reference="users" link={false} />
          </DataTable.Col>
          <DataTable.Col source="signedAt" field={LocaleDateField} />
          <DataTable.Col source="lastActivityAt" field={LocaleDateField} />
          <DataTable.Col source="nextStepDue" field={NextStepDueField} />
        </DataTable>
      </ResponsiveList>
    </List>
  );
}
