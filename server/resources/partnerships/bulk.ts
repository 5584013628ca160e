import type { Context } from 'hono';
import { bulkRequestSchema, type BulkResult, type BulkSet } from '../../../src/domain';
import { validationKeyOf } from '../../../src/domain/validationKey';
import type { RouteDeps } from '../../app';
import type { Db } from '../../db/database';
import { ApiError } from '../../lib/errors';
import { invalid } from '../../lib/records';
import { updatePartnership } from './repository';

/** Only staff and admins own partnerships: a coordinator follows from the region. */
const OWNER_ROLES = new Set(['staff', 'admin']);

/** The body, its errors keyed by field: `items`, or the field of `set` the form shows them beside. */
function parseRequest(body: Record<string, unknown>) {
  const result = bulkRequestSchema.safeParse(body, { reportInput: true });
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const [first, second] = issue.path;
    const field = first === 'set' && second !== undefined ? String(second) : String(first ?? '_');
    errors[field] ??= validationKeyOf(issue);
  }
  throw invalid(errors);
}

/** The owner to give is a member of staff or an admin who can still sign in. */
async function checkOwner(db: Db, set: BulkSet) {
  if (set.ownerId == null) return;
  const user = await db.selectFrom('users').select(['role', 'disabled']).where('id', '=', set.ownerId).executeTakeFirst();
  if (!user) throw invalid({ ownerId: 'app.validation.choice' });
  if (!OWNER_ROLES.has(user.role) || Boolean(user.disabled)) throw invalid({ ownerId: 'app.validation.ownerUnavailable' });
}

/**
 * Sets the same fields on each selected partnership, each row its own write through the write
 * path: the update's every rule (version, region, dates) applies, and a refused row undoes
 * nothing of the others (decision 026). A refusal is reported by row; any other failure is a
 * fault and fails the request.
 */
export async function updateInBulk({ db, write }: Pick<RouteDeps, 'db' | 'write'>, c: Context, body: Record<string, unknown>): Promise<BulkResult> {
  const { items, set } = parseRequest(body);
  await checkOwner(db, set);
  const result: BulkResult = { changed: [], refused: [] };
  for (const { id, version } of items) {
    try {
      await write(c, (tx, writer) => updatePartnership(tx, id, { ...set, version }, writer));
      result.changed.push(id);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      result.refused.push({ id, message: error.message, ...(error.errors ? { errors: error.errors } : {}) });
    }
  }
  return result;
}
