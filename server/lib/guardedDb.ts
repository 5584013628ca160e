import type { KyselyPlugin, OperationNode, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { Db } from '../db/database';

/**
 * Tables the routes may write outside the write path: who is signed in, failed sign-ins, and
 * the revision (a sign-out moves it so no instance keeps the session). None is a record.
 */
const BOOKKEEPING = new Set(['sessions', 'loginFailures', 'revision']);

function tableOf(node: OperationNode | undefined): string | null {
  if (!node) return null;
  switch (node.kind) {
    case 'TableNode':
      return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
    case 'AliasNode':
      return tableOf((node as unknown as { node: OperationNode }).node);
    case 'FromNode':
      return tableOf((node as unknown as { froms: readonly OperationNode[] }).froms[0]);
    default:
      return null;
  }
}

/** The table an INSERT, UPDATE, DELETE or MERGE writes; null for a read. */
function writtenTable(node: RootOperationNode): string | null {
  switch (node.kind) {
    case 'InsertQueryNode':
    case 'MergeQueryNode':
      return tableOf(node.into);
    case 'UpdateQueryNode':
      return tableOf(node.table);
    case 'DeleteQueryNode':
      return tableOf(node.from);
    default:
      return null;
  }
}

export class RecordWriteRefused extends Error {}

/** Refuses, before it reaches the database, every write of a record outside the write path. */
class RecordWritesGuard implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    const table = writtenTable(node);
    if (table !== null && !BOOKKEEPING.has(table)) {
      throw new RecordWriteRefused(`${table} is written only through the write path (server/lib/writePath.ts)`);
    }
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

/** The handle the routes read with: the same database, but no record can be written through it. */
export const guardedDb = (db: Db): Db => db.withPlugin(new RecordWritesGuard());
