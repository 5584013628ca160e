import { z } from 'zod';
import { requiredOr } from './common';
import { LIST_SPECS, ListQueryError, parseListQueryWith, type ListResource, type ResourceSpec, type Sort } from './listQuery';
import type { Actor } from './user';
import { workListFilter, type WorkListKey } from './workLists';

/** What a saved view filters: a list, or the stage board (which filters the partnerships). */
export const SAVED_VIEW_TARGETS = ['partnerships', 'cities', 'events', 'programs', 'board'] as const;
export type SavedViewTarget = (typeof SAVED_VIEW_TARGETS)[number];

export const MAX_VIEW_NAME = 80;
/** A view is a filter, not a document: a bound keeps a shared list of views small to send. */
export const MAX_VIEW_FILTER_BYTES = 4096;

/** The list whose filter keys a target's view may hold. */
export const listOfTarget = (target: SavedViewTarget): ListResource => (target === 'board' ? 'partnerships' : target);

/**
 * A saved view as the API shows it. Starter views (a coordinator's region) are computed from
 * the user, never stored: their id is a string ("starter-overdue"), they have no owner and
 * nobody changes them.
 */
export interface SavedView {
  id: number | string;
  name: string;
  target: SavedViewTarget;
  filter: Record<string, unknown>;
  sort: Sort | null;
  shared: boolean;
  ownerId: number | null;
  ownerName: string | null;
  starter: boolean;
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

const sortSchema = z.object({
  field: z.string({ error: 'app.validation.invalid' }),
  order: z.enum(['ASC', 'DESC'], { error: 'app.validation.choice' }),
});

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * The filter and sort must be ones the target's list answers: read by the list's own parser,
 * so a saved view can never make its list refuse (400).
 */
function fitsItsList(view: { target: SavedViewTarget; filter: Record<string, unknown>; sort?: Sort | null }, ctx: z.RefinementCtx) {
  if (bytesOf(view.filter) > MAX_VIEW_FILTER_BYTES) {
    ctx.addIssue({ code: 'custom', path: ['filter'], message: 'app.savedViews.refused.filterTooLarge' });
    return;
  }
  const spec: ResourceSpec = LIST_SPECS[listOfTarget(view.target)];
  const asked = (params: Record<string, string>, field: 'filter' | 'sort') => {
    try {
      parseListQueryWith(spec, new URLSearchParams(params));
    } catch (error) {
      if (!(error instanceof ListQueryError)) throw error;
      ctx.addIssue({ code: 'custom', path: [field], message: `app.savedViews.refused.${field}` });
    }
  };
  asked({ filter: JSON.stringify(view.filter) }, 'filter');
  if (view.sort) asked({ sort: JSON.stringify([view.sort.field, view.sort.order]) }, 'sort');
}

/** What a user writes of a view: its name, what it filters and how, and whether the team sees it. */
export const savedViewSchema = z
  .object({
    name: z.string({ error: requiredOr('app.validation.text') }).trim().min(1, 'app.validation.required').max(MAX_VIEW_NAME, 'app.validation.tooLong'),
    target: z.enum(SAVED_VIEW_TARGETS, { error: 'app.validation.choice' }),
    filter: z.record(z.string(), z.unknown(), { error: requiredOr('app.savedViews.refused.filter') }),
    sort: sortSchema.nullable().optional(),
    shared: z.boolean({ error: 'app.validation.choice' }).default(false),
  })
  .superRefine(fitsItsList);

export type SavedViewInput = z.output<typeof savedViewSchema>;

/** What GET /api/views may be filtered and sorted by. */
export const VIEW_LIST_SPEC: ResourceSpec = {
  fields: {
    name: { type: 'text', sort: true },
    target: { type: 'enum', values: SAVED_VIEW_TARGETS, sort: true },
    shared: { type: 'bool', sort: true },
    ownerId: { type: 'int', sort: true },
    updatedAt: { type: 'date', sort: true },
  },
  search: ['name'],
  defaultSort: { field: 'name', order: 'ASC' },
};

/** A coordinator's starter views, in the order the menu shows them. */
export const STARTER_VIEWS = ['all', 'overdue', 'stalled', 'board', 'leaderTerms', 'lapsedDues'] as const;
export type StarterViewKey = (typeof STARTER_VIEWS)[number];

const STARTER_NAMES: Record<StarterViewKey, string> = {
  all: 'all',
  overdue: 'overdue next steps',
  stalled: 'stalled',
  board: 'board',
  leaderTerms: 'leader terms ending',
  lapsedDues: 'dues lapsed',
};

/** The work list a starter view opens, or none: "all" and the board are the region alone. */
const WORK_LIST_OF: Partial<Record<StarterViewKey, WorkListKey>> = {
  overdue: 'overdue',
  stalled: 'stalled',
  leaderTerms: 'leaderTerms',
  lapsedDues: 'lapsedDues',
};

export const starterViewId = (key: StarterViewKey) => `starter-${key}`;

/**
 * The read-only views a user starts with: a coordinator's region, its work lists and its board.
 * Computed from the user on every request, so they follow a change of region; nobody else has any.
 */
export function starterViews(user: Pick<Actor, 'id' | 'role' | 'region'>): SavedView[] {
  if (user.role !== 'coordinator' || !user.region) return [];
  const region = user.region;
  return STARTER_VIEWS.map((key) => {
    const workList = WORK_LIST_OF[key];
    const { resource, filter } = workList ? workListFilter(workList, { userId: user.id, region }) : { resource: 'partnerships' as const, filter: { region } };
    return {
      id: starterViewId(key),
      name: `${region} — ${STARTER_NAMES[key]}`,
      target: key === 'board' ? 'board' : resource,
      filter,
      sort: null,
      shared: false,
      ownerId: null,
      ownerName: null,
      starter: true,
      version: 0,
      createdAt: null,
      updatedAt: null,
    };
  });
}
