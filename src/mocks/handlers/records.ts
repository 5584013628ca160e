import { http, HttpResponse } from 'msw';
import { LIST_RESOURCES, ListQueryError, parseListQuery, parseListQueryWith, type ListResource, type ResourceSpec } from '../../domain';
import { mustBeAllowed } from '../auth';
import { ApiError } from '../errors';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../records';
import type { MockStore } from '../store';
import { listResponse, parseId, readJson, signedIn, versionFromIfMatch } from './respond';

function resourceOf(raw: unknown): ListResource {
  if (typeof raw === 'string' && (LIST_RESOURCES as string[]).includes(raw)) return raw as ListResource;
  throw new ApiError(404, `Unknown resource: ${String(raw)}.`);
}

/** The list query of a resource of LIST_SPECS or of a list with its own spec (users, audit). */
export function listQueryOf(list: ListResource | ResourceSpec, params: URLSearchParams) {
  try {
    return typeof list === 'string' ? parseListQuery(list, params) : parseListQueryWith(list, params);
  } catch (error) {
    if (error instanceof ListQueryError) throw new ApiError(400, error.message, error.errors);
    throw error;
  }
}

/**
 * The ra-data-simple-rest routes of every list resource, over `getStore()`: 401 without a
 * signed-in user, 403 when the role may not (the writes ask the rule in records.ts).
 */
export function recordHandlers(getStore: () => MockStore) {
  return [
    http.get('*/api/:resource', ({ request, params }) =>
      signedIn(getStore, (store) => {
        const resource = resourceOf(params.resource);
        mustBeAllowed(store, 'list', resource);
        return listResponse(resource, listRecords(store, resource, listQueryOf(resource, new URL(request.url).searchParams)));
      }),
    ),
    http.get('*/api/:resource/:id', ({ params }) =>
      signedIn(getStore, (store) => {
        const record = getRecord(store, resourceOf(params.resource), parseId(params.id));
        mustBeAllowed(store, 'read', resourceOf(params.resource), record);
        return HttpResponse.json(record);
      }),
    ),
    http.post('*/api/:resource', ({ request, params }) =>
      signedIn(getStore, async (store) => {
        const resource = resourceOf(params.resource);
        mustBeAllowed(store, 'create', resource);
        return HttpResponse.json(createRecord(store, resource, await readJson(request)), { status: 201 });
      }),
    ),
    http.put('*/api/:resource/:id', ({ request, params }) =>
      signedIn(getStore, async (store) => {
        const resource = resourceOf(params.resource);
        // The role first (leadership hears 403 whatever the body), then the record in records.ts.
        mustBeAllowed(store, 'update', resource);
        return HttpResponse.json(updateRecord(store, resource, parseId(params.id), await readJson(request)));
      }),
    ),
    http.delete('*/api/:resource/:id', ({ request, params }) =>
      signedIn(getStore, (store) => {
        const resource = resourceOf(params.resource);
        // The role first, as the server asks it: leadership hears 403 even for an unknown id.
        mustBeAllowed(store, 'delete', resource);
        return HttpResponse.json(deleteRecord(store, resource, parseId(params.id), versionFromIfMatch(request)));
      }),
    ),
  ];
}
