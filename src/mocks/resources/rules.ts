import type { ListResource, StoredRecord } from '../../domain';
import type { ApiRecords, MockStore, StoredRecords } from '../store';

/** What is written of a record: everything but the store's own meta fields. */
export type Writable<R extends ListResource> = Omit<StoredRecords[R], keyof StoredRecord>;

/** How one resource validates, stores and shows its records. Throws ApiError to refuse. */
export interface ResourceRules<R extends ListResource> {
  /** What to store from a body (on update, the body laid over the stored record). */
  build(store: MockStore, body: Record<string, unknown>, before: StoredRecords[R] | null): Writable<R>;
  view(store: MockStore, record: StoredRecords[R]): ApiRecords[R];
  /** Keeps other records true after a write or (with `after` null) a delete. */
  afterWrite?(store: MockStore, before: StoredRecords[R] | null, after: StoredRecords[R] | null): void;
  beforeDelete?(store: MockStore, record: StoredRecords[R]): void;
  /** Refuses (403) a write that would change records the signed-in user may not change. */
  guardWrite?(store: MockStore, before: StoredRecords[R] | null, after: StoredRecords[R] | null): void;
}

/** Fields a schema knows but the body left out are stored as null, never as missing. */
export function withNulls<T extends object>(shape: object, parsed: T): T {
  const complete = { ...parsed } as Record<string, unknown>;
  for (const key of Object.keys(shape)) complete[key] ??= null;
  return complete as T;
}
