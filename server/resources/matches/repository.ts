import { FOCUS_AREAS, type FocusArea, type Inquiry, type MatchCandidate, type MatchesAnswer, type Region, type Side } from '../../../src/domain';
import type { GazetteerCity } from '../../../src/domain/seed';
import type { DbOrTx } from '../../db/database';
import { notFound } from '../../lib/errors';

/** Who is looking for a partner: the answer's `subject`, with what the ranking weighs. */
export type MatchesSubject = MatchesAnswer['subject'];

const otherSide = (side: Side): Side => (side === 'africa' ? 'us' : 'africa');
/** The partnership column that holds a city of `side`. */
const cityColumn = (side: Side) => (side === 'africa' ? ('africanCityId' as const) : ('usCityId' as const));

/** Only the four areas, each once, in their own order: the inquiries' JSON is the public's. */
const focusAreasOf = (areas: Iterable<string>): FocusArea[] => {
  const given = new Set(areas);
  return FOCUS_AREAS.filter((area) => given.has(area));
};

/** The focus areas of the partnerships of a city of `side`, open or not: what it has worked on. */
async function cityFocusAreas(db: DbOrTx, cityId: number, side: Side): Promise<string[]> {
  const rows = await db
    .selectFrom('partnershipFocusAreas as fa')
    .innerJoin('partnerships as p', 'p.id', 'fa.partnershipId')
    .select('fa.focusArea')
    .distinct()
    .where(`p.${cityColumn(side)}`, '=', cityId)
    .execute();
  return rows.map((row) => row.focusArea);
}

/**
 * A city as a subject: its partnerships' focus areas and, when it came in through the public
 * sign-up, the areas and partner its latest inquiry asked for (no personal detail of it).
 */
export async function citySubject(db: DbOrTx, id: number): Promise<MatchesSubject> {
  const city = await db.selectFrom('cities').select(['id', 'name', 'side', 'region', 'population']).where('id', '=', id).executeTakeFirst();
  if (!city) throw notFound();
  const side = city.side as Side;
  const [areas, inquiry] = await Promise.all([
    cityFocusAreas(db, id, side),
    db.selectFrom('inquiries').select(['focusAreas', 'preferredRegion', 'preferredCity']).where('cityId', '=', id).orderBy('id', 'desc').limit(1).executeTakeFirst(),
  ]);
  const asked = inquiry ? (JSON.parse(inquiry.focusAreas) as string[]) : [];
  return {
    kind: 'city',
    id,
    name: city.name,
    side,
    region: city.region as Region,
    population: city.population,
    focusAreas: focusAreasOf([...areas, ...asked]),
    preferredRegion: (inquiry?.preferredRegion ?? null) as Region | null,
    preferredCity: inquiry?.preferredCity ?? null,
    cityId: id,
  };
}

/** An inquiry as a subject: what the visitor said; the size of its city once converted, else the gazetteer's. */
export async function inquirySubject(db: DbOrTx, inquiry: Inquiry, gazetteer: readonly GazetteerCity[]): Promise<MatchesSubject> {
  const city = inquiry.cityId ? await db.selectFrom('cities').select('population').where('id', '=', inquiry.cityId).executeTakeFirst() : undefined;
  const place = inquiry.geonameId ? gazetteer.find((entry) => entry.geonameId === inquiry.geonameId) : undefined;
  return {
    kind: 'inquiry',
    id: inquiry.id,
    name: inquiry.cityName,
    side: inquiry.side,
    region: inquiry.region,
    population: city?.population ?? place?.population ?? null,
    focusAreas: focusAreasOf(inquiry.focusAreas),
    preferredRegion: inquiry.preferredRegion,
    preferredCity: inquiry.preferredCity,
    cityId: inquiry.cityId,
  };
}

/**
 * The cities of the other side a subject may be paired with, counted by the database: for an
 * African subject only SCI's US members; none already in an open partnership with the
 * subject's city; each with its open partnerships and its partnerships' focus areas.
 */
export async function matchCandidates(db: DbOrTx, subject: Pick<MatchesSubject, 'side' | 'cityId'>): Promise<MatchCandidate[]> {
  const side = otherSide(subject.side);
  const [theirs, ours] = [cityColumn(side), cityColumn(subject.side)];
  const { cityId } = subject;
  const cities = db
    .selectFrom('cities as c')
    .where('c.side', '=', side)
    .$if(side === 'us', (query) => query.where('c.sciMember', '=', 1))
    .$if(cityId !== null, (query) =>
      query.where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('partnerships as paired').select('paired.id').whereRef(`paired.${theirs}`, '=', 'c.id').where(`paired.${ours}`, '=', cityId!).where('paired.isOpen', '=', 1))),
      ),
    );
  const [rows, areas] = await Promise.all([
    cities
      .select(['c.id', 'c.name', 'c.country', 'c.admin1', 'c.region', 'c.population', 'c.sciMember', 'c.duesPaidThrough'])
      .select((eb) =>
        eb.selectFrom('partnerships as p').select((inner) => inner.fn.countAll().as('n')).whereRef(`p.${theirs}`, '=', 'c.id').where('p.isOpen', '=', 1).as('partners'),
      )
      .execute(),
    cities
      .innerJoin('partnerships as p', `p.${theirs}`, 'c.id')
      .innerJoin('partnershipFocusAreas as fa', 'fa.partnershipId', 'p.id')
      .select(['c.id', 'fa.focusArea'])
      .distinct()
      .execute(),
  ]);
  const areasOf = new Map<number, string[]>();
  for (const { id, focusArea } of areas) areasOf.set(id, [...(areasOf.get(id) ?? []), focusArea]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    country: row.country,
    admin1: row.admin1,
    region: row.region as Region,
    population: row.population,
    sciMember: Boolean(row.sciMember),
    duesPaidThrough: row.duesPaidThrough,
    focusAreas: areasOf.get(row.id) ?? [],
    partners: Number(row.partners ?? 0),
  }));
}
