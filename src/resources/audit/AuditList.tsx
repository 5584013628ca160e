import { useMemo } from 'react';
import { DataTable, List, TextField, useRecordContext, useTranslate, Link, useCreatePath } from 'react-admin';
import { LocaleDateField } from '../../components/fields';
import { AuditChanges } from '../../components/history/AuditChanges';
import type { AuditEntry } from '../../components/history/auditEntry';
import { useReferenceNames } from '../../components/history/useReferenceNames';
import { auditFilters } from './auditFilters';
import { ExportActions } from '../../components/export/ExportActions';
import { ResponsiveList } from '../../components/responsive/ResponsiveList';
import { useResponsiveFilters } from '../../components/responsive/phoneFilters';
import { PhoneLine } from '../../components/responsive/PhoneLine';

const AtField = () => <LocaleDateField source="at" showTime />;

function ActionField() {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  return entry ? <>{translate(`app.audit.action.${entry.action}`)}</> : null;
}

/** The record changed: its kind and name, and a link to it unless it is gone. */
function RecordField() {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const entries = useMemo(() => (entry ? [entry] : []), [entry]);
  const { isLoading, nameOf } = useReferenceNames(entries, { records: true });
  if (!entry || isLoading) return null;
  const kind = translate(`resources.${entry.resource}.name`, { smart_count: 1, _: entry.resource });
  // The one settings record has no name and no show page: its page is /settings.
  if (entry.resource === 'settings') return <Link to="/settings">{kind}</Link>;
  const name = nameOf(entry.resource, entry.recordId);
  if (name === undefined) return <>{translate(`app.history.gone.${entry.resource}`, { id: entry.recordId })}</>;
  return <Link to={createPath({ resource: entry.resource, id: entry.recordId, type: 'show' })}>{`${kind}: ${name}`}</Link>;
}

function ChangesField() {
  const entry = useRecordContext<AuditEntry>();
  return entry ? <AuditChanges entry={entry} /> : null;
}

/** An entry on a phone: what was done to which record, then when and by whom. */
const PhoneTitle = () => (
  <PhoneLine>
    <ActionField />
    <RecordField />
  </PhoneLine>
);
const PhoneDetail = () => (
  <PhoneLine>
    <AtField />
    <TextField source="userName" />
  </PhoneLine>
);

/** The whole audit log, newest first (admins only: canAccess hides it from everyone else). */
export function AuditList() {
  const filters = useResponsiveFilters(auditFilters);
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25} actions={<ExportActions />}>
      <ResponsiveList primaryText={<PhoneTitle />} secondaryText={<PhoneDetail />} rowClick={false}>
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="at" field={AtField} />
          <DataTable.Col source="userName" />
          <DataTable.Col source="action" field={ActionField} />
          <DataTable.Col source="recordId" disableSort field={RecordField} />
          <DataTable.Col source="changes" disableSort field={ChangesField} />
        </DataTable>
      </ResponsiveList>
    </List>
  );
}
