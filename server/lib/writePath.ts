import type { Actor, AuditAction, AuditedResource, Changes } from '../../src/domain';
import { writeTransaction, type DatabaseHandle, type DbOrTx } from '../db/database';
import { recordAudit } from './audit';
import { settleProgressJournal } from './progressCounters';
import { bumpRevision, TOPICS, type Topic } from './revision';

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

/** A write of several records at once (an import, its undo): one audit row each, and the answer to give. */
export interface ChangeSet<T = unknown> {
  changes: readonly RecordChange[];
  answer: T;
}

/** The record a write answers with: the record as it now is, or as it was before a delete; a change set's own answer. */
export type Answer<C extends RecordChange | ChangeSet> =
  C extends ChangeSet<infer T> ? T : C extends RecordChange ? (C['after'] extends null ? C['before'] : C['after']) : never;

export type WritePath = <C extends RecordChange | ChangeSet>(writer: Writer, work: (tx: DbOrTx, writer: Writer) => Promise<C>) => Promise<Answer<C>>;

const isChangeSet = (result: RecordChange | ChangeSet): result is ChangeSet => 'changes' in result;

/** The topics a change of each resource moves: its own, and those of the data that copy it (decision 034). */
const TOPICS_MOVED: Record<AuditedResource, readonly Topic[]> = {
  // Partnerships keep copies of their cities (name, country, region).
  cities: ['cities', 'partnerships'],
  partnerships: ['partnerships'],
  // A past event moves the last activity of its partnerships.
  events: ['events', 'partnerships'],
  programs: ['programs'],
  inquiries: ['inquiries'],
  users: ['access'],
  settings: TOPICS,
};

/** What a write's changes move; a write with no record (a saved view) moves only the revision's own counter. */
export const topicsMoved = (changes: readonly RecordChange[]): Topic[] => [...new Set(changes.flatMap((change) => TOPICS_MOVED[change.resource]))];

/**
 * THE way the API changes records: one transaction that runs the work, then, whatever the
 * work was, folds the progress journal the triggers filled into the counters, writes one
 * audit row per changed record and moves the revision every kept answer is checked against
 * (once, however many records changed: the topics they touched). The routes hold no other
 * handle that can write a record (./guardedDb.ts).
 */
export function createWritePath(handle: Pick<DatabaseHandle, 'db' | 'dialect'>): WritePath {
  return (writer, work) =>
    writeTransaction(handle, async (tx) => {
      const result: RecordChange | ChangeSet = await work(tx, writer);
      const changes = isChangeSet(result) ? result.changes : [result];
      await settleProgressJournal(tx);
      for (const change of changes) await recordAudit(tx, { actor: writer.actor, at: writer.now, ...change });
      await bumpRevision(tx, topicsMoved(changes));
      if (isChangeSet(result)) return result.answer as never;
      return (result.after ?? result.before) as never;
    });
}

/** Thrown to roll a rehearsal back, carrying what the work answered. */
class Rehearsed {
  constructor(readonly answer: unknown) {}
}

export type Rehearsal = <T>(writer: Writer, work: (tx: DbOrTx, writer: Writer) => Promise<T>) => Promise<T>;

/**
 * Runs a work exactly as the write path would, then rolls it all back: what a dry run
 * answers is what the write would do, by the same code and rules, and nothing is kept.
 */
export function createRehearsal(handle: Pick<DatabaseHandle, 'db' | 'dialect'>): Rehearsal {
  return async <T>(writer: Writer, work: (tx: DbOrTx, writer: Writer) => Promise<T>) => {
    try {
      await writeTransaction(handle, async (tx) => {
        throw new Rehearsed(await work(tx, writer));
      });
    } catch (error) {
      if (error instanceof Rehearsed) return error.answer as T;
      throw error;
    }
    throw new Error('a rehearsal always rolls back');
  };
}
