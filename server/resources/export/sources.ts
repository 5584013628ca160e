import type { Context } from 'hono';
import { LIST_SPECS, type ListQuery, type ResourceSpec } from '../../../src/domain';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { AUDIT_LIST, isOneRecord, listAudit } from '../audit/repository';
import { listCities } from '../cities/repository';
import { listEvents } from '../events/repository';
import { listPartnerships } from '../partnerships/repository';
import { listPrograms } from '../programs/repository';
import { listUsers, USER_LIST } from '../users/repository';
import { auditColumns, cityColumns, eventColumns, partnershipColumns, programColumns, userColumns } from './columns';
import type { Column } from './format';

/** How one list is exported: its query contract, who may read it, a page of it, its columns. */
export interface ExportSource {
  spec: ResourceSpec;
  /** Throws 403 unless the signed-in user may read this list as asked (the list's own rule). */
  authorize?: (c: Context, query: ListQuery) => void;
  page: (deps: RouteDeps, query: ListQuery) => Promise<object[]>;
  columns: Column<never>[];
}

const data = async <T>(answer: Promise<{ data: T[] }>) => (await answer).data;

export const EXPORT_SOURCES: Record<string, ExportSource> = {
  cities: {
    spec: LIST_SPECS.cities,
    page: ({ readDb, countRows, today }, query) => data(listCities(readDb, query, today(), countRows)),
    columns: cityColumns as Column<never>[],
  },
  partnerships: {
    spec: LIST_SPECS.partnerships,
    page: ({ readDb, countRows, today }, query) => data(listPartnerships(readDb, query, today(), countRows)),
    columns: partnershipColumns as Column<never>[],
  },
  events: {
    spec: LIST_SPECS.events,
    page: ({ readDb, countRows }, query) => data(listEvents(readDb, query, countRows)),
    columns: eventColumns as Column<never>[],
  },
  programs: {
    spec: LIST_SPECS.programs,
    page: ({ readDb, countRows }, query) => data(listPrograms(readDb, query, countRows)),
    columns: programColumns as Column<never>[],
  },
  users: {
    spec: USER_LIST,
    page: ({ db }, query) => data(listUsers(db, query)),
    columns: userColumns as Column<never>[],
  },
  audit: {
    spec: AUDIT_LIST,
    authorize: (c, query) => authorize(c, 'list', 'audit', isOneRecord(query) ? {} : undefined),
    page: ({ db }, query) => data(listAudit(db, query)),
    columns: auditColumns as Column<never>[],
  },
};
