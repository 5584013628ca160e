import type { Actor, AuditAction, AuditedResource, Changes } from '../../src/domain';
import { writeTransaction, type DatabaseHandle, type DbOrTx } from '../db/database';
import { recordAudit } from './audit';
import { settleProgressJournal } from './progressCounters';
import { bumpRevision } from './revision';

/** Who writes, and when: what a write asks the rules about and records in the audit. */
export interface Writer {
  /** null: the server itself (the first admin at a fresh start). */
  actor: Actor | null;
  now: string;
  /** Today (YYYY-MM-DD): what "stalled" and activity are measured against. */
  today: string;
}

/**
 * What one write changed, as its audit row tells it: the record before and after (null on
 * create and delete), and changes the records do not show (a new password, without its value).
 */
export interface RecordChange<T extends object | null = object | null> {
  action: AuditAction;
  resource: AuditedResource;
  recordId: number;
  before: object | null;
  after: T;
  extra?: Changes;
}

/** The record a write answers with: the record as it now is, or as it was before a delete. */
export type Answer<C extends RecordChange> = C['after'] extends null ? C['before'] : C['after'];

export type WritePath = <C extends RecordChange>(writer: Writer, work: (tx: DbOrTx, writer: Writer) => Promise<C>) => Promise<Answer<C>>;

/**
 * THE way the API changes records: one transaction that runs the work, then, whatever the
 * work was, folds the progress journal the triggers filled into the counters, writes the one
 * audit row of the change and moves the revision every kept answer is checked against. The
 * routes hold no other handle that can write a record (./guardedDb.ts).
 */
export function createWritePath(handle: Pick<DatabaseHandle, 'db' | 'dialect'>): WritePath {
  return (writer, work) =>
    writeTransaction(handle, async (tx) => {
      const change = await work(tx, writer);
      await settleProgressJournal(tx);
      await recordAudit(tx, { actor: writer.actor, at: writer.now, ...change });
      await bumpRevision(tx);
      return (change.after ?? change.before) as never;
    });
}
