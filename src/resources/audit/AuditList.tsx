import { useMemo } from 'react';
import { DataTable, List, useRecordContext, useTranslate, Link, useCreatePath } from 'react-admin';
import { LocaleDateField } from '../../components/fields';
import { AuditChanges } from '../../components/history/AuditChanges';
import type { AuditEntry } from '../../components/history/auditEntry';
import { useReferenceNames } from '../../components/history/useReferenceNames';
import { auditFilters } from './auditFilters';
import { ExportActions } from '../../components/export/ExportActions';

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
  const name = nameOf(entry.resource, entry.recordId);
  const kind = translate(`resources.${entry.resource}.name`, { smart_count: 1, _: entry.resource });
  if (name === undefined) return <>{translate(`app.history.gone.${entry.resource}`, { id: entry.recordId })}</>;
  return <Link to={createPath({ resource: entry.resource, id: entry.recordId, type: 'show' })}>{`${kind}: ${name}`}</Link>;
}

function ChangesField() {
  const entry = useRecordContext<AuditEntry>();
  return entry ? <AuditChanges entry={entry} /> : null;
}

/** The whole audit log, newest first (admins only: canAccess hides it from everyone else). */
export function AuditList() {
  return (
    <List filters={auditFilters} sort={{ field: 'at', order: 'DESC' }} perPage={25} actions={<ExportActions />}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="at" field={AtField} />
        <DataTable.Col source="userName" />
        <DataTable.Col source="action" field={ActionField} />
        <DataTable.Col source="recordId" disableSort field={RecordField} />
        <DataTable.Col source="changes" disableSort field={ChangesField} />
      </DataTable>
    </List>
  );
}
