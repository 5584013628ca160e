import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { addDays, COUNTED_STAGES, DUE_SOON_DAYS, DUE_STATES, windowEnd, type Condition, type DueState, type ListQuery, type Settings } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import type { Database } from '../../db/schema';
import { acceptedValues, BOOLEANS, whereDerived } from '../../lib/derivedFilters';
import { compareWith, whereList } from '../../lib/listSql';
import { readSettings } from '../../lib/settings';
import { asksStageOrRegion, focusAreaCondition } from './focusAreas';
import { hasSearchTable, searchPartnerships } from './search';

type FieldCondition = Exclude<Condition, { op: 'search' }>;
type PartnershipsEb = ExpressionBuilder<Database, 'partnerships'>;

/** Stalled today ⇔ `stalledAfter < today` (see stalledAfterOf): an indexed comparison. */
const stalledCondition = (eb: PartnershipsEb, condition: FieldCondition, today: string) =>
  whereDerived(eb, condition, BOOLEANS, (stalled) =>
    stalled ? eb('stalledAfter', '<', today) : eb.or([eb('stalledAfter', 'is', null), eb('stalledAfter', '>=', today)]),
  );

/** Open: neither ended nor closed, which the row keeps as `isOpen` (as dueState asks isOpenStage). */
const openCondition = (eb: PartnershipsEb, condition: FieldCondition) =>
  whereDerived(eb, condition, BOOLEANS, (open) => eb('isOpen', '=', open ? 1 : 0));

/** dueState in the WHERE: an open partnership's next step before today, or within the days ahead. */
function dueCondition(eb: PartnershipsEb, condition: FieldCondition, today: string): Expression<SqlBool> {
  const states = acceptedValues<DueState>(condition, DUE_STATES);
  if (states.length === 0) return sql<SqlBool>`1 = 0`;
  const dated = (state: DueState) =>
    state === 'overdue'
      ? eb('nextStepDue', '<', today)
      : eb.and([eb('nextStepDue', '>=', today), eb('nextStepDue', '<=', addDays(today, DUE_SOON_DAYS))]);
  const due = states.length === 1 ? dated(states[0]!) : eb('nextStepDue', '<=', addDays(today, DUE_SOON_DAYS));
  return eb.and([eb('isOpen', '=', 1), due]);
}

/** countsTowardGoal in the WHERE, and its negation written out so a missing signing date is "not counted". */
function countedCondition(eb: PartnershipsEb, condition: FieldCondition, today: string, settings: Settings | undefined) {
  if (!settings) throw new Error('The counted filter needs the goal settings.');
  const end = windowEnd(settings);
  return whereDerived(eb, condition, BOOLEANS, (counted) =>
    counted
      ? eb.and([
          eb('cohort', '=', '500in5'),
          eb('stage', 'in', COUNTED_STAGES),
          eb('signedAt', '>=', settings.startDate),
          eb('signedAt', '<', end),
          eb('signedAt', '<=', today),
        ])
      : eb.or([
          eb('cohort', '!=', '500in5'),
          eb('stage', 'not in', COUNTED_STAGES),
          eb('signedAt', 'is', null),
          eb('signedAt', '<', settings.startDate),
          eb('signedAt', '>=', end),
          eb('signedAt', '>', today),
        ]),
  );
}

/** Whether the query asks for the counted set, whose WHERE needs the goal settings. */
const asksCounted = (query: ListQuery) => query.conditions.some((condition) => condition.field === 'counted');

/** What the WHERE needs of the database beside the query: the goal settings (asksCounted), and whether the search table is there. */
export interface PartnershipFilterContext {
  settings?: Settings;
  searchTable?: boolean;
}

export async function filterContextOf(db: DbOrTx, query: ListQuery): Promise<PartnershipFilterContext> {
  const asksSearch = query.conditions.some((condition) => condition.op === 'search');
  const [settings, searchTable] = await Promise.all([asksCounted(query) ? readSettings(db) : undefined, asksSearch ? hasSearchTable(db) : false]);
  return { settings, searchTable };
}

/** The WHERE of a partnerships list, with the fields that are not plain columns (`context` from filterContextOf). */
export const wherePartnerships = (query: ListQuery, today: string, { settings, searchTable = false }: PartnershipFilterContext = {}) =>
  whereList<Database, 'partnerships'>('partnerships', query.conditions, {
    search: (eb, needle) => searchPartnerships(eb, needle, { searchTable, withinSlice: asksStageOrRegion(query) }),
    special: {
      // Either of its two cities.
      cityId: (eb, condition) => eb.or([compareWith(eb, 'africanCityId', condition), compareWith(eb, 'usCityId', condition)]),
      stalled: (eb, condition) => stalledCondition(eb, condition, today),
      due: (eb, condition) => dueCondition(eb, condition, today),
      open: (eb, condition) => openCondition(eb, condition),
      counted: (eb, condition) => countedCondition(eb, condition, today, settings),
      focusAreas: (eb, condition) => focusAreaCondition(eb, condition, query),
    },
  });
