import { sql } from 'kysely';
import type { DbOrTx } from '../db/database';

/**
 * What a kept answer can depend on (decision 034). A write moves the topics of the data it
 * changed, an answer is kept while the topics it reads stay where they were: a partnership
 * saved does not empty the kept city lists, a sign-out no list at all.
 */
export const TOPICS = ['cities', 'partnerships', 'events', 'programs', 'inquiries', 'access'] as const;
export type Topic = (typeof TOPICS)[number];
/** Everything an answer about the initiative can read: all but the users and their sessions. */
export const DATA_TOPICS: readonly Topic[] = ['cities', 'partnerships', 'events', 'programs'];

/** The revision row as a request reads it: `value` moves with every write, each topic with its own. */
export type Revisions = Readonly<Record<Topic | 'value', number>>;

/** Every write bumps the revision in its own transaction: kept answers compare it. Without topics, all move. */
export async function bumpRevision(tx: DbOrTx, topics: readonly Topic[] = TOPICS): Promise<void> {
  const moved = Object.fromEntries(topics.map((topic) => [topic, sql`${sql.ref(topic)} + 1`]));
  await tx
    .updateTable('revision')
    .set({ value: sql`value + 1`, ...moved })
    .where('id', '=', 1)
    .execute();
}

/**
 * Where an answer that reads `topics` stands: the sum of their counters, which only grow, so
 * it grows exactly when one of them moved. With every topic, the write counter says the same.
 */
export function markOf(revisions: Revisions, topics: readonly Topic[]): number {
  if (topics === TOPICS) return revisions.value;
  let mark = 0;
  for (const topic of topics) mark += revisions[topic];
  return mark;
}

/**
 * Reads the current revisions. The query is compiled once: the read runs on every kept
 * answer, where building and compiling it anew would cost more than running it.
 */
export function revisionReader(db: DbOrTx): () => Promise<Revisions> {
  const query = db
    .selectFrom('revision')
    .select(['value', ...TOPICS])
    .where('id', '=', 1)
    .compile();
  return async () => {
    const { rows } = await db.executeQuery(query);
    const row = rows[0];
    if (rows.length !== 1 || !row) throw new Error('The revision row is missing');
    // PostgreSQL's bigint arrives as text.
    const read = (name: Topic | 'value') => Number(row[name]);
    return { value: read('value'), cities: read('cities'), partnerships: read('partnerships'), events: read('events'), programs: read('programs'), inquiries: read('inquiries'), access: read('access') };
  };
}
