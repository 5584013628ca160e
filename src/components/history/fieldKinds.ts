import type { AuditedResource } from '../../domain';

/** The records a history names by their name rather than their number (the one settings record has none). */
export type Named = Exclude<AuditedResource, 'settings'>;

/** What a recorded value stands for, so the history can say it in plain words. */
export type ValueKind =
  | { enum: string } // a label under app.<group>
  | { ref: Named } // the id of a record
  | { list: ValueKind } // several of one kind
  | 'date' // YYYY-MM-DD, a day of the calendar
  | 'timestamp' // an instant, shown in the user's time zone
  | 'count'
  | 'country'
  | 'language';

const DATE = 'date';
const label = (group: string): ValueKind => ({ enum: group });
const ref = (resource: Named): ValueKind => ({ ref: resource });
const listOf = (kind: ValueKind): ValueKind => ({ list: kind });

/** Each audited field that is not plain text, a plain number or yes/no. */
export const FIELD_KINDS: Record<AuditedResource, Record<string, ValueKind>> = {
  cities: {
    country: 'country',
    region: label('region'),
    side: label('side'),
    population: 'count',
    leaderTermEnds: DATE,
    languages: listOf('language'),
    duesPaidThrough: DATE,
  },
  partnerships: {
    africanCityId: ref('cities'),
    usCityId: ref('cities'),
    kind: label('kind'),
    stage: label('stage'),
    focusAreas: listOf(label('focusArea')),
    cohort: label('cohort'),
    ownerId: ref('users'),
    firstContactAt: DATE,
    signedAt: DATE,
    sciRecognizedAt: DATE,
    lastActivityAt: DATE,
    nextStepDue: DATE,
  },
  events: {
    type: label('eventType'),
    startsAt: 'timestamp',
    endsAt: 'timestamp',
    cityId: ref('cities'),
    partnershipIds: listOf(ref('partnerships')),
    focusArea: label('focusArea'),
    adults: 'count',
    youth: 'count',
  },
  programs: {
    kind: label('programKind'),
    status: label('programStatus'),
    partnershipIds: listOf(ref('partnerships')),
    cityIds: listOf(ref('cities')),
    focusArea: label('focusArea'),
    adults: 'count',
    youth: 'count',
    deadline: DATE,
  },
  inquiries: {
    side: label('side'),
    status: label('inquiryStatus'),
    country: 'country',
    region: label('region'),
    preferredRegion: label('region'),
    focusAreas: listOf(label('focusArea')),
    cityId: ref('cities'),
    partnershipId: ref('partnerships'),
    convertedAt: 'timestamp',
  },
  users: {
    role: label('role'),
    region: label('region'),
    theme: label('theme'),
  },
  settings: {
    startDate: DATE,
    target: 'count',
    milestones: listOf('count'),
  },
};

export const kindOf = (resource: string, field: string): ValueKind | undefined =>
  (FIELD_KINDS as Record<string, Record<string, ValueKind>>)[resource]?.[field];

const idsIn = (value: unknown): number[] => (Array.isArray(value) ? value : [value]).filter((id): id is number => typeof id === 'number');

type Entry = { resource: string; recordId: number; changes: Record<string, { before: unknown; after: unknown }> };

/**
 * The ids of the records the changes point to, per resource (and of the records changed, when
 * asked): what one batched look-up per resource asks for.
 */
export function referencedIds(entries: readonly Entry[], { records = false } = {}) {
  const ids: Record<Named, Set<number>> = { cities: new Set(), partnerships: new Set(), events: new Set(), programs: new Set(), inquiries: new Set(), users: new Set() };
  for (const { resource, recordId, changes } of entries) {
    if (records && resource in ids) ids[resource as Named].add(recordId);
    for (const [field, { before, after }] of Object.entries(changes ?? {})) {
      const kind = kindOf(resource, field);
      const target = kind && typeof kind === 'object' && 'list' in kind ? kind.list : kind;
      if (target && typeof target === 'object' && 'ref' in target) for (const id of [...idsIn(before), ...idsIn(after)]) ids[target.ref].add(id);
    }
  }
  return ids;
}
