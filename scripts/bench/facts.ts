import SqliteDatabase from 'better-sqlite3';

/**
 * What the measured requests are drawn from, read from the generated data itself: how many
 * partnerships each list filter matches (so a page offset falls within it), the text a search
 * may look for, which partnerships a save can change and whom it can give them to.
 */
export interface DatasetFacts {
  size: number;
  /** Matches per `stage|region|focusArea` ('' for no focus area). */
  matches: ReadonlyMap<string, number>;
  /** The cities' names: pieces of them are the searches. */
  cityNames: readonly string[];
  nextSteps: readonly string[];
  /** Partnerships still in talks (prospect to approvals): what the saving clients edit. */
  inTalksIds: Int32Array;
  staffIds: readonly number[];
}

export const matchKey = (stage: string, region: string, focusArea: string | null) => `${stage}|${region}|${focusArea ?? ''}`;

export const IN_TALKS = ['prospect', 'interest', 'exploring', 'proposal', 'approvals'] as const;

export function factsOf(sqlitePath: string, size: number): DatasetFacts {
  const db = new SqliteDatabase(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    const matches = new Map<string, number>();
    const byStageAndRegion = db.prepare('select stage, region, count(*) as n from partnerships group by stage, region').all() as { stage: string; region: string; n: number }[];
    for (const row of byStageAndRegion) matches.set(matchKey(row.stage, row.region, null), row.n);
    const byFocusArea = db
      .prepare(
        `select p.stage, p.region, fa.focusArea, count(*) as n
         from partnershipFocusAreas fa join partnerships p on p.id = fa.partnershipId group by p.stage, p.region, fa.focusArea`,
      )
      .all() as { stage: string; region: string; focusArea: string; n: number }[];
    for (const row of byFocusArea) matches.set(matchKey(row.stage, row.region, row.focusArea), row.n);
    const column = (query: string, ...parameters: unknown[]) => db.prepare(query).pluck().all(...parameters);
    return {
      size,
      matches,
      cityNames: column('select name from cities order by id') as string[],
      nextSteps: column('select distinct nextStep from partnerships where nextStep is not null order by 1') as string[],
      inTalksIds: Int32Array.from(column(`select id from partnerships where stage in (${IN_TALKS.map(() => '?').join(', ')}) order by id`, ...IN_TALKS) as number[]),
      staffIds: column("select id from users where role = 'staff' and disabled = 0 order by id") as number[],
    };
  } finally {
    db.close();
  }
}
