import type { Selectable } from 'kysely';
import { isOpenStage, isStalled, LIST_SPECS, textKeysOf, type Partnership, type StageChange, type StoredPartnership } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { stalledAfterOf, type StallFacts } from '../../lib/activity';
import type { PartnershipTable } from '../../db/schema';

export type PartnershipRow = Selectable<PartnershipTable>;

interface CityFacts {
  name: string;
  country: string;
  region: string;
  admin1?: string | null;
}

type OwnFacts = StallFacts & { focusAreas?: readonly string[] | null; nextStep?: string | null; notes?: string | null };

/**
 * The columns of a partnership row that are not its own fields as sent: its focus areas as
 * JSON, the facts copied from its two cities (so lists filter and sort without a join), what
 * the open-pair index and the stalled filter read, and the folded keys search and sorts read.
 * Written by every insert and update.
 */
export function derivedColumns(p: OwnFacts, african: CityFacts, us: CityFacts) {
  const copies = { country: african.country, usState: us.admin1 ?? '', africanCityName: african.name, usCityName: us.name };
  const searched = { ...copies, nextStep: p.nextStep ?? null, notes: p.notes ?? null };
  return {
    ...copies,
    focusAreas: JSON.stringify(p.focusAreas ?? []),
    region: african.region,
    usRegion: us.region,
    isOpen: isOpenStage(p.stage as StoredPartnership['stage']) ? 1 : 0,
    stalledAfter: stalledAfterOf(p),
    ...(textKeysOf(LIST_SPECS.partnerships, searched) as Pick<PartnershipRow, `${keyof typeof searched}Key`>),
  };
}

/** What is stored of a partnership, as the domain knows it (no copies of its cities). */
export function toStored(row: PartnershipRow, stageHistory: StageChange[]): StoredPartnership {
  return {
    id: row.id,
    africanCityId: row.africanCityId,
    usCityId: row.usCityId,
    kind: row.kind as StoredPartnership['kind'],
    stage: row.stage as StoredPartnership['stage'],
    closedReason: row.closedReason,
    focusAreas: JSON.parse(row.focusAreas) as StoredPartnership['focusAreas'],
    cohort: row.cohort as StoredPartnership['cohort'],
    ownerId: row.ownerId,
    firstContactAt: row.firstContactAt,
    signedAt: row.signedAt,
    sciRecognizedAt: row.sciRecognizedAt,
    lastActivityAt: row.lastActivityAt,
    nextStep: row.nextStep,
    nextStepDue: row.nextStepDue,
    notes: row.notes,
    stageHistory,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A partnership as the API shows it: what withDerivedFields gives, from the copied columns. */
export function toPartnership(row: PartnershipRow, stageHistory: StageChange[], today: string): Partnership {
  const stored = toStored(row, stageHistory);
  // Added to `stored` rather than spread into a new literal: V8 turns a spread followed by
  // more properties into a slow dictionary object, slow to build and serialise (decision 010).
  return Object.assign(stored, {
    region: row.region as Partnership['region'],
    usRegion: row.usRegion as Partnership['usRegion'],
    africanCityName: row.africanCityName,
    usCityName: row.usCityName,
    country: row.country,
    usState: row.usState,
    stalled: isStalled(stored, today),
  });
}

/** The stage histories of many partnerships in one query, each in the order it was written. */
export async function stageHistoriesOf(db: DbOrTx, ids: readonly number[]): Promise<Map<number, StageChange[]>> {
  const histories = new Map<number, StageChange[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return histories;
  const rows = await db
    .selectFrom('stageHistory')
    .select(['partnershipId', 'stage', 'at', 'by', 'byName', 'note'])
    .where('partnershipId', 'in', ids)
    .orderBy('partnershipId')
    .orderBy('id')
    .execute();
  for (const { partnershipId, stage, ...change } of rows) {
    histories.get(partnershipId)?.push({ stage: stage as StageChange['stage'], ...change });
  }
  return histories;
}

/** Partnerships as the API shows them, with their histories fetched together. */
export async function withHistories(db: DbOrTx, rows: readonly PartnershipRow[], today: string): Promise<Partnership[]> {
  const histories = await stageHistoriesOf(db, rows.map((row) => row.id));
  return rows.map((row) => toPartnership(row, histories.get(row.id) ?? [], today));
}
