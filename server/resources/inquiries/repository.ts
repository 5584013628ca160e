import { inquiryRegions, inquiryUpdateSchema, type Actor, type Inquiry, type ListQuery } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { ApiError, notFound } from '../../lib/errors';
import { sortTerms } from '../../lib/listSql';
import { checkBodyVersion, checkIfMatch, invalid, lockedRow, mustBeAllowed, parseRecord } from '../../lib/records';
import type { ChangeSet, RecordChange, Writer } from '../../lib/writePath';
import { whereSpecList } from '../specLists';
import { auditedInquiry, hiddenChanges, INQUIRY_LIST, inquiryKeys, toInquiry } from './rows';

/** The regions a permission rule asks about, for an inquiry. */
export const regionFacts = (inquiry: Pick<Inquiry, 'region' | 'preferredRegion'>) => ({ regions: inquiryRegions(inquiry) });

/**
 * A page of inquiries. A coordinator's list holds only those of their region, the inquiring
 * city's or the partner region a US city asked for: the rule of mayHandleInquiry, in SQL.
 */
export async function listInquiries(db: DbOrTx, query: ListQuery, actor: Actor) {
  const asked = whereSpecList<'inquiries'>(INQUIRY_LIST, query.conditions);
  const region = actor.role === 'coordinator' ? actor.region : null;
  const where = (eb: Parameters<typeof asked>[0]) =>
    region ? eb.and([asked(eb), eb.or([eb('region', '=', region), eb('preferredRegion', '=', region)])]) : asked(eb);
  const [start, end] = query.range;
  const [first, then] = sortTerms(INQUIRY_LIST, query);
  const rows = await db.selectFrom('inquiries').selectAll().where(where).orderBy(first).orderBy(then).limit(end - start + 1).offset(start).execute();
  const { total } = await db.selectFrom('inquiries').select((eb) => eb.fn.countAll<number>().as('total')).where(where).executeTakeFirstOrThrow();
  return { data: rows.map(toInquiry), total: Number(total), start };
}

export async function getInquiry(db: DbOrTx, id: number): Promise<Inquiry> {
  const row = await db.selectFrom('inquiries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toInquiry(row);
}

/** The stored inquiry a write changes, held until it commits, once the actor may `action` it. */
export async function lockedInquiry(tx: DbOrTx, id: number, actor: Actor | null, action: 'update' | 'delete'): Promise<Inquiry> {
  const stored = toInquiry(await lockedRow(tx, 'inquiries', id));
  mustBeAllowed(actor, action, 'inquiries', regionFacts(stored));
  return stored;
}

/** The history's view of a change: personal values hidden (./rows.ts); the answer is the inquiry itself. */
export const inquiryChange = (action: RecordChange['action'], before: Inquiry | null, after: Inquiry | null): RecordChange => ({
  action,
  resource: 'inquiries',
  recordId: (after ?? before)!.id,
  before: before && auditedInquiry(before),
  after: after && auditedInquiry(after),
  extra: before && after ? hiddenChanges(before, after) : undefined,
});

/** A triage refusal: `converted` is set by the conversion only, and never taken back. */
function checkStatusMove(before: Inquiry, status: Inquiry['status']) {
  if (before.status === status) return;
  if (before.status === 'converted') throw invalid({ status: 'resources.inquiries.refused.stayConverted' });
  if (status === 'converted') throw invalid({ status: 'resources.inquiries.refused.convertToConvert' });
}

/** Triage: the status and the notes, laid over the stored inquiry; nothing the visitor sent changes. */
export async function updateInquiry(tx: DbOrTx, id: number, body: Record<string, unknown>, { actor, now }: Writer): Promise<ChangeSet<Inquiry>> {
  const before = await lockedInquiry(tx, id, actor, 'update');
  checkBodyVersion(before, body.version);
  const { status, notes } = parseRecord(inquiryUpdateSchema, { status: before.status, notes: before.notes, ...body });
  checkStatusMove(before, status);
  const row = await tx
    .updateTable('inquiries')
    .set({ status, notes, ...inquiryKeys({ notes }), version: before.version + 1, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const after = toInquiry(row);
  return { changes: [inquiryChange('update', before, after)], answer: after };
}

/** Staff and admins only (mayHandleInquiry); a converted inquiry's city and partnership stay. */
export async function deleteInquiry(tx: DbOrTx, id: number, version: number | undefined, { actor }: Writer): Promise<ChangeSet<Inquiry>> {
  const before = await lockedInquiry(tx, id, actor, 'delete');
  checkIfMatch(before, version);
  await tx.deleteFrom('inquiries').where('id', '=', id).execute();
  return { changes: [inquiryChange('delete', before, null)], answer: before };
}

export const alreadyConverted = () => new ApiError(409, 'resources.inquiries.refused.alreadyConverted');
