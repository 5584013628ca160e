import type { Actor } from './user';

/**
 * Who may do what (DESIGN.md "Users and roles"). One function, used by the server on every
 * request and by the UI's canAccess, so that what the UI offers is what the server allows.
 */
export const ACTIONS = ['list', 'read', 'create', 'update', 'delete', 'export'] as const;
export type Action = (typeof ACTIONS)[number];

export const GUARDED_RESOURCES = ['cities', 'partnerships', 'events', 'programs', 'inquiries', 'users', 'audit', 'settings', 'views'] as const;
export type GuardedResource = (typeof GUARDED_RESOURCES)[number];

/** The resources a coordinator writes within their region. */
export const REGIONAL_RESOURCES = ['cities', 'partnerships', 'events', 'programs'] as const;
export type RegionalResource = (typeof REGIONAL_RESOURCES)[number];

/**
 * What a rule needs of a record: the AU regions it touches. A city and a partnership have
 * one `region` (a partnership's is its African city's); an event or a program lists in
 * `regions` the AU regions of its cities and partnerships (derived by the API).
 */
export interface RegionFacts {
  region?: string | null;
  regions?: readonly string[] | null;
}

/** What a rule needs of a saved view: whose it is, whether the team sees it, whether it is a starter. */
export interface ViewFacts {
  ownerId?: number | null;
  shared?: boolean;
  starter?: boolean;
}

export const regionsTouched = (record: RegionFacts): readonly string[] =>
  record.regions ?? (record.region ? [record.region] : []);

const isRegional = (resource: GuardedResource): resource is RegionalResource =>
  (REGIONAL_RESOURCES as readonly string[]).includes(resource);

const READS: readonly Action[] = ['list', 'read', 'export'];

/**
 * Saved views are a preference, not initiative data: every role keeps its own, leadership
 * included. Only the owner changes a view; an admin may also delete one shared with the team.
 * A starter view is read-only; others' views are read only when shared; nothing is exported.
 * Without a view the question is "some view": true for the user's own.
 */
function mayUseView(actor: Actor, action: Action, view?: ViewFacts): boolean {
  if (action === 'export') return false;
  if (action === 'list' || action === 'create' || view === undefined) return true;
  if (view.starter) return action === 'read';
  const own = view.ownerId === actor.id;
  if (action === 'read') return own || Boolean(view.shared);
  return own || (action === 'delete' && actor.role === 'admin' && Boolean(view.shared));
}

/**
 * Inquiries hold the contact details of people outside the team (decision 039): staff and
 * admins handle them all; a coordinator reads and triages those of their region (the
 * server lists them no others); leadership sees their counts in the funnel, not the people.
 * Nobody creates one but the public sign-up, which asks no role.
 */
function mayHandleInquiry(actor: Actor, action: Action, record?: RegionFacts & { preferredRegion?: string | null }): boolean {
  // Not exported: a file of the public's contact details is not to travel.
  if (action === 'create' || action === 'export') return false;
  if (actor.role === 'admin' || actor.role === 'staff') return true;
  if (actor.role !== 'coordinator' || !actor.region || action === 'delete') return false;
  if (record === undefined) return true;
  // An inquiry as the API gives it: its city's region, and the partner region a US city asked for.
  const touched = record.regions ?? [record.region, record.preferredRegion];
  return touched.includes(actor.region);
}

/**
 * Whether `actor` may do `action` on `resource`, and on `record` when one is given.
 * - admin: everything.
 * - staff: reads and writes every record; reads the user directory; no user admin.
 * - coordinator: reads all; writes cities of their region and partnerships, events and
 *   programs touching it. Without a record the question is "some record": true for a write
 *   of theirs, and the server asks again with the record, before and after the change.
 * - leadership: reads everything, writes nothing.
 * - the audit log: everyone reads the history of a record (`record` given, the History tab);
 *   only admins read the whole log. Nobody writes it.
 * - settings: read by all, written by admins.
 * - saved views: see mayUseView; inquiries: see mayHandleInquiry.
 */
export function isAllowed(actor: Actor | null | undefined, action: Action, resource: GuardedResource, record?: RegionFacts & ViewFacts): boolean {
  if (!actor) return false;
  if (resource === 'views') return mayUseView(actor, action, record);
  if (resource === 'inquiries') return mayHandleInquiry(actor, action, record);
  const reading = READS.includes(action);
  if (resource === 'audit') return reading && (actor.role === 'admin' || record !== undefined);
  if (actor.role === 'admin') return true;
  if (reading) return true;
  if (resource === 'users' || resource === 'settings') return false;
  if (actor.role === 'staff') return true;
  if (actor.role === 'leadership') return false;
  // A coordinator, writing.
  if (!isRegional(resource) || !actor.region) return false;
  return record === undefined || regionsTouched(record).includes(actor.region);
}
