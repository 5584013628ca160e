import { AU_REGIONS, isAuRegion, MAP_ARC_CAP, type AuRegion, type ListQuery, type MapArc, type PartnershipMap, type Stage } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { filterContextOf, wherePartnerships } from '../partnerships/filters';

/** PostgreSQL may send a double as text. */
const coordinate = (value: number | string | null) => (value === null ? null : Number(value));

/**
 * The map of a partnerships list filter (decision 029): the list's own WHERE, the first
 * MAP_ARC_CAP partnerships by id with both cities' coordinates (read by primary key beside
 * each row, so the filter's unqualified columns stay the partnerships'), and the count per AU
 * region over every partnership of the filter.
 */
export async function partnershipMap(db: DbOrTx, query: ListQuery, today: string): Promise<PartnershipMap> {
  const where = wherePartnerships(query, today, await filterContextOf(db, query));
  const [rows, counts] = await Promise.all([
    db
      .selectFrom('partnerships')
      .select((eb) => {
        const city = (side: 'africanCityId' | 'usCityId', column: 'lat' | 'lng') =>
          eb.selectFrom('cities').select(`cities.${column}`).whereRef('cities.id', '=', `partnerships.${side}`);
        return [
          'partnerships.id',
          'partnerships.stage',
          'partnerships.region',
          'partnerships.africanCityName',
          'partnerships.usCityName',
          city('africanCityId', 'lng').as('africanLng'),
          city('africanCityId', 'lat').as('africanLat'),
          city('usCityId', 'lng').as('usLng'),
          city('usCityId', 'lat').as('usLat'),
        ];
      })
      .where(where)
      .orderBy('partnerships.id')
      .limit(MAP_ARC_CAP)
      .execute(),
    db.selectFrom('partnerships').select((eb) => ['region', eb.fn.countAll<number | string>().as('n')]).where(where).groupBy('region').execute(),
  ]);
  const byRegion = Object.fromEntries(AU_REGIONS.map((region) => [region, 0])) as Record<AuRegion, number>;
  for (const { region, n } of counts) if (isAuRegion(region)) byRegion[region] = Number(n);
  const arcs = rows.map(
    (row): MapArc => [
      row.id,
      row.stage as Stage,
      row.region as AuRegion,
      row.africanCityName,
      coordinate(row.africanLng),
      coordinate(row.africanLat),
      row.usCityName,
      coordinate(row.usLng),
      coordinate(row.usLat),
    ],
  );
  return { total: counts.reduce((sum, { n }) => sum + Number(n), 0), cap: MAP_ARC_CAP, byRegion, arcs };
}
