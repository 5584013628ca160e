/** Small helpers the contract cases share: list URLs, whole-table snapshots, answers with today's instants named. */
import { LIST_RESOURCES } from '../../src/domain';
import type { ApiResponse, Client } from './backends';
import { TODAY } from './dataset';

export interface ListParams {
  sort?: [string, 'ASC' | 'DESC'];
  range?: [number, number];
  filter?: Record<string, unknown>;
}

/** `/api/cities?sort=…&range=…&filter=…` as ra-data-simple-rest writes it. */
export function listPath(resource: string, { sort, range, filter }: ListParams = {}) {
  const params = new URLSearchParams();
  if (sort) params.set('sort', JSON.stringify(sort));
  if (range) params.set('range', JSON.stringify(range));
  if (filter) params.set('filter', JSON.stringify(filter));
  const query = params.toString();
  return `/api/${resource}${query ? `?${query}` : ''}`;
}

export const list = (api: Client, resource: string, params: ListParams = {}) => api.request('GET', listPath(resource, params));

/** The ids of a list answer, in order. */
export const idsOf = (response: ApiResponse): number[] => (response.json as Array<{ id: number }>).map((record) => record.id);

/** What a snapshot holds: every record resource, and the team. */
const SNAPSHOT_RESOURCES = [...LIST_RESOURCES, 'users'] as const;
type SnapshotResource = (typeof SNAPSHOT_RESOURCES)[number];

/** Every record of every resource and every user, as the API lists them: what a refused request must leave as it was. */
export async function snapshot(api: Client): Promise<Record<SnapshotResource, unknown[]>> {
  const tables = await Promise.all(SNAPSHOT_RESOURCES.map((resource) => list(api, resource, { sort: ['id', 'ASC'], range: [0, 999] })));
  return Object.fromEntries(SNAPSHOT_RESOURCES.map((resource, index) => [resource, tables[index]!.json])) as Record<SnapshotResource, unknown[]>;
}

const STAMPED_TODAY = new RegExp(`^${TODAY}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$`);

/**
 * A body with the instants written during the test (today, at the time of the request)
 * replaced by '<now>', so that a case can state a whole answer.
 */
export function comparable<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === 'string' && STAMPED_TODAY.test(item) ? '<now>' : item,
  ) as T;
}

/** What a response shows a client: its status and body, today's instants as '<now>'. */
export const shown = (response: ApiResponse) => comparable({ status: response.status, json: response.json });

/** A body of more than 1 MB: a long `notes` on an otherwise valid city. */
export const OVERSIZED_NOTES = 'x'.repeat(1024 * 1024 + 1);
