import type { ExpressionBuilder } from 'kysely';
import { termEndsSoonUntil, type Condition, type ListQuery } from '../../../src/domain';
import type { CityTable, PartnershipTable } from '../../db/schema';
import { BOOLEANS, whereDerived } from '../../lib/derivedFilters';
import { compareWith, whereList } from '../../lib/listSql';

type FieldCondition = Exclude<Condition, { op: 'search' }>;
type CitiesEb = ExpressionBuilder<{ cities: CityTable; partnerships: PartnershipTable }, 'cities'>;

/** leaderTermEndsSoon in the WHERE; its negation keeps the cities with no term recorded. */
const termEndsSoonCondition = (eb: CitiesEb, condition: FieldCondition, today: string) =>
  whereDerived(eb, condition, BOOLEANS, (soon) => {
    const until = termEndsSoonUntil(today);
    return soon
      ? eb.and([eb('leaderTermEnds', '>=', today), eb('leaderTermEnds', '<=', until)])
      : eb.or([eb('leaderTermEnds', 'is', null), eb('leaderTermEnds', '<', today), eb('leaderTermEnds', '>', until)]);
  });

/** duesLapsed in the WHERE: a US member whose dues are unpaid or paid up to a day before today. */
const duesLapsedCondition = (eb: CitiesEb, condition: FieldCondition, today: string) =>
  whereDerived(eb, condition, BOOLEANS, (lapsed) =>
    lapsed
      ? eb.and([eb('side', '=', 'us'), eb('sciMember', '=', 1), eb.or([eb('duesPaidThrough', 'is', null), eb('duesPaidThrough', '<', today)])])
      : eb.or([eb('side', '<>', 'us'), eb('sciMember', '=', 0), eb('duesPaidThrough', '>=', today)]),
  );

/** A US city in an open partnership with an African city of the region (partnerships_us_city answers it). */
const partnerRegionCondition = (eb: CitiesEb, condition: FieldCondition) =>
  eb.exists(
    eb
      .selectFrom('partnerships as p')
      .select('p.id')
      .whereRef('p.usCityId', '=', 'cities.id')
      .where('p.isOpen', '=', 1)
      .where((inner) => compareWith(inner, 'p.region', condition)),
  );

/** The WHERE of a cities list; the work lists' fields are measured against `today`. */
export const whereCities = (query: ListQuery, today: string) =>
  whereList<{ cities: CityTable; partnerships: PartnershipTable }, 'cities'>('cities', query.conditions, {
    special: {
      // Languages are a JSON array of two-letter codes: contains any of the wanted ones.
      languages: (eb, condition) => {
        const codes = condition.op === 'in' ? condition.value : [condition.value];
        return eb.or(codes.map((code) => eb('languages', 'like', `%"${String(code).replace(/[^a-z]/g, '')}"%`)));
      },
      termEndsSoon: (eb, condition) => termEndsSoonCondition(eb, condition, today),
      duesLapsed: (eb, condition) => duesLapsedCondition(eb, condition, today),
      partnerRegion: (eb, condition) => partnerRegionCondition(eb, condition),
    },
  });
