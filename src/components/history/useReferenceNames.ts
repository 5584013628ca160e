import { useMemo } from 'react';
import { useGetManyAggregate, type RaRecord } from 'react-admin';
import { cityLabel, partnershipPair, type CityNames, type PartnershipNames } from '../../lib/linkLabels';
import { referencedIds, type Named } from './fieldKinds';
import type { AuditEntry } from './auditEntry';

const NAME_OF: Record<Named, (record: RaRecord) => string> = {
  cities: (city) => cityLabel(city as CityNames),
  partnerships: (partnership) => partnershipPair(partnership as PartnershipNames),
  events: (event) => String(event.title ?? ''),
  programs: (program) => String(program.title ?? ''),
  inquiries: (inquiry) => String(inquiry.organisation ?? ''),
  users: (user) => String(user.fullName ?? ''),
};

/** One resource's records among `ids`. Calls made together, from every row, go as one getMany. */
function useRecords(resource: Named, ids: Set<number>) {
  const list = useMemo(() => [...ids].sort((a, b) => a - b), [ids]);
  const { data, isLoading, error } = useGetManyAggregate(resource, { ids: list }, { enabled: list.length > 0 });
  const byId = useMemo(() => new Map((data ?? []).map((record) => [Number(record.id), record])), [data]);
  return { byId, isLoading, failed: error != null };
}

/**
 * The names of the records audit entries point to (cities, partnerships, the owner …) and, with
 * `records`, of the records they changed: one batched request per resource.
 */
export function useReferenceNames(entries: readonly AuditEntry[], { records = false } = {}) {
  const ids = useMemo(() => referencedIds(entries, { records }), [entries, records]);
  const lookups: Record<Named, ReturnType<typeof useRecords>> = {
    cities: useRecords('cities', ids.cities),
    partnerships: useRecords('partnerships', ids.partnerships),
    events: useRecords('events', ids.events),
    programs: useRecords('programs', ids.programs),
    inquiries: useRecords('inquiries', ids.inquiries),
    users: useRecords('users', ids.users),
  };
  /** The record's name; undefined when it does not exist (any more). */
  const nameOf = (resource: Named, id: number): string | undefined => {
    const { byId, failed } = lookups[resource];
    const record = byId.get(id);
    // A look-up that failed proves nothing about the record: its number, not "deleted".
    if (!record) return failed ? `#${id}` : undefined;
    return NAME_OF[resource](record) || `#${id}`;
  };
  return { isLoading: Object.values(lookups).some((lookup) => lookup.isLoading), nameOf };
}
