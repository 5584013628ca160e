import { DataTable, List, useRecordContext, useTranslate, Link, useCreatePath } from 'react-admin';
import { LocaleDateField } from '../../components/fields';
import { AuditChanges } from '../../components/history/AuditChanges';
import type { AuditEntry } from '../../components/history/auditEntry';
import { auditFilters } from './auditFilters';

const AtField = () => <LocaleDateField source="at" showTime />;

function ActionField() {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  return entry ? <>{translate(`app.audit.action.${entry.action}`)}</> : null;
}

/** The record changed: its kind, and a link to it unless it was deleted. */
function RecordField() {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!entry) return null;
  const text = `${translate(`resources.${entry.resource}.name`, { smart_count: 1, _: entry.resource })} #${entry.recordId}`;
  if (entry.action === 'delete') return <>{text}</>;
  return <Link to={createPath({ resource: entry.resource, id: entry.recordId, type: 'show' })}>{text}</Link>;
}

function ChangesField() {
  const entry = useRecordContext<AuditEntry>();
  return entry ? <AuditChanges entry={entry} /> : null;
}

/** The whole audit log, newest first (admins only: canAccess hides it from everyone else). */
export function AuditList() {
  return (
    <List filters={auditFilters} sort={{ field: 'at', order: 'DESC' }} perPage={25} exporter={false}>
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
