import type { Context } from 'hono';
import type { ListQuery, ListResource } from '../../src/domain';
import type { DbOrTx } from '../db/database';
import { revisionOf } from '../auth/context';
import { readListQuery } from './http';
import { contentRange, listTopics } from './listSql';
import { createRevisionCache } from './revisionCache';

export interface ListResult<T> {
  data: T[];
  total: number;
  start: number;
}

interface Answer {
  body: string;
  contentRange: string;
}

/**
 * GET on a list: the page as JSON with its Content-Range, read once and sent as serialised
 * until a write changes what it reads (decisions 010, 034): many people open the same lists and the dashboard's
 * links, and sending a kept page holds the one event loop far less than reading one.
 * The key is the parsed query (so equivalent URLs share it) and today, which "stalled" and
 * the derived fields are measured against.
 */
export function createListAnswers(db: DbOrTx, today: () => string, maxEntries = 500) {
  const cached = createRevisionCache<Answer>(db, maxEntries);
  return async function answerList<T>(c: Context, resource: ListResource, load: (query: ListQuery) => Promise<ListResult<T>>) {
    const query = readListQuery(c, resource);
    const answer = await cached(
      `${resource} ${today()} ${JSON.stringify(query)}`,
      async () => {
        const { data, total, start } = await load(query);
        return { body: JSON.stringify(data), contentRange: contentRange(resource, start, data.length, total) };
      },
      revisionOf(c),
      listTopics(resource, query),
    );
    c.header('Content-Range', answer.contentRange);
    return c.body(answer.body, 200, { 'Content-Type': 'application/json' });
  };
}
export type ListAnswers = ReturnType<typeof createListAnswers>;
