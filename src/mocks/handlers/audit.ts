import { http, HttpResponse } from 'msw';
import type { ListQuery, ResourceSpec } from '../../domain';
import { AUDIT_ACTIONS, AUDITED_RESOURCES } from '../audit';
import { forbidden, mustBeAllowed } from '../auth';
import { notFound } from '../errors';
import { parseQueryOf } from '../listParams';
import { runQuery } from '../query';
import type { MockStore } from '../store';
import { listResponse, parseId, signedIn } from './respond';

/** What GET /api/audit may be sorted and filtered by. Newest first unless asked otherwise. */
export const AUDIT_LIST: ResourceSpec = {
  fields: {
    id: { type: 'int', sort: true },
    at: { type: 'text', sort: true },
    userId: { type: 'int', sort: true },
    userName: { type: 'text', sort: true },
    action: { type: 'enum', values: AUDIT_ACTIONS, sort: true },
    resource: { type: 'enum', values: AUDITED_RESOURCES, sort: true },
    recordId: { type: 'int', sort: true },
  },
  search: ['userName'],
  defaultSort: { field: 'id', order: 'DESC' },
};

/** The History tab asks for one record (`resource` and `recordId`, one of each): every signed-in user may. */
const isOneRecord = (query: ListQuery) =>
  ['resource', 'recordId'].every((field) => query.conditions.some((c) => c.field === field && c.op === 'eq'));

/** /api/audit: read-only for everyone, the history of one record for all, the whole log for admins. */
export function auditHandlers(getStore: () => MockStore) {
  const readOnly = () => signedIn(getStore, () => {
    throw forbidden();
  });
  return [
    http.get('*/api/audit', ({ request }) =>
      signedIn(getStore, (store) => {
        const query = parseQueryOf(AUDIT_LIST, new URL(request.url).searchParams);
        mustBeAllowed(store, 'list', 'audit', isOneRecord(query) ? {} : undefined);
        return listResponse('audit', runQuery(store.audit, AUDIT_LIST, query));
      }),
    ),
    http.get('*/api/audit/:id', ({ params }) =>
      signedIn(getStore, (store) => {
        mustBeAllowed(store, 'read', 'audit');
        const row = store.audit.find((r) => r.id === parseId(params.id));
        if (!row) throw notFound();
        return HttpResponse.json(row);
      }),
    ),
    http.post('*/api/audit', readOnly),
    http.put('*/api/audit/:id', readOnly),
    http.delete('*/api/audit/:id', readOnly),
  ];
}
