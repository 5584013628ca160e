import { http, HttpResponse } from 'msw';
import { LIST_RESOURCES, ListQueryError, MAX_PAGE, parseListQuery, type ListResource } from '../../domain';
import { ApiError } from '../errors';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../records';
import type { MockStore } from '../store';
import { answer, parseId, readJson } from './respond';

function resourceOf(raw: unknown): ListResource {
  if (typeof raw === 'string' && (LIST_RESOURCES as string[]).includes(raw)) return raw as ListResource;
  throw new ApiError(404, `Unknown resource: ${String(raw)}.`);
}

function listQueryOf(resource: ListResource, params: URLSearchParams) {
  try {
    const query = parseListQuery(resource, params);
    // getMany sends no range: it wants every record it names, not the first page.
    return params.has('range') ? query : { ...query, range: [0, MAX_PAGE - 1] as [number, number] };
  } catch (error) {
    if (error instanceof ListQueryError) throw new ApiError(400, error.message, error.errors);
    throw error;
  }
}

/** `If-Match: "3"` (or W/"3", or 3) → 3; no header → no version check. */
function versionFromIfMatch(request: Request): number | undefined {
  const header = request.headers.get('If-Match');
  if (header === null || header.trim() === '*') return undefined;
  const version = Number(header.replace(/^W\//, '').replace(/"/g, '').trim());
  if (!Number.isInteger(version)) throw new ApiError(400, 'The If-Match header must carry the record version, e.g. "3".');
  return version;
}

/** The ra-data-simple-rest routes of every list resource, over `getStore()`. */
export function recordHandlers(getStore: () => MockStore) {
  return [
    http.get('*/api/:resource', ({ request, params }) =>
      answer(() => {
        const resource = resourceOf(params.resource);
        const { data, total, start } = listRecords(getStore(), resource, listQueryOf(resource, new URL(request.url).searchParams));
        const range = data.length > 0 ? `${start}-${start + data.length - 1}` : '*';
        return HttpResponse.json(data, {
          headers: { 'Content-Range': `${resource} ${range}/${total}`, 'Access-Control-Expose-Headers': 'Content-Range' },
        });
      }),
    ),
    http.get('*/api/:resource/:id', ({ params }) =>
      answer(() => HttpResponse.json(getRecord(getStore(), resourceOf(params.resource), parseId(params.id)))),
    ),
    http.post('*/api/:resource', ({ request, params }) =>
      answer(async () => {
        const resource = resourceOf(params.resource);
        return HttpResponse.json(createRecord(getStore(), resource, await readJson(request)), { status: 201 });
      }),
    ),
    http.put('*/api/:resource/:id', ({ request, params }) =>
      answer(async () => {
        const resource = resourceOf(params.resource);
        const id = parseId(params.id);
        return HttpResponse.json(updateRecord(getStore(), resource, id, await readJson(request)));
      }),
    ),
    http.delete('*/api/:resource/:id', ({ request, params }) =>
      answer(() => {
        const resource = resourceOf(params.resource);
        return HttpResponse.json(deleteRecord(getStore(), resource, parseId(params.id), versionFromIfMatch(request)));
      }),
    ),
  ];
}
