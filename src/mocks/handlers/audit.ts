import { http, HttpResponse } from 'msw';
import { DIRECTORY_LIST_SPECS, type ListQuery, type ResourceSpec } from '../../domain';
import { forbidden, mustBeAllowed } from '../auth';
import { notFound } from '../errors';
import { listQueryOf } from './records';
import { runQuery } from '../query';
import type { MockStore } from '../store';
import { listResponse, parseId, signedIn } from './respond';

/** What GET /api/audit may be sorted and filtered by (the domain's list contract). */
export const AUDIT_LIST: ResourceSpec = DIRECTORY_LIST_SPECS.audit;

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
        const query = listQueryOf(AUDIT_LIST, new URL(request.url).searchParams);
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
