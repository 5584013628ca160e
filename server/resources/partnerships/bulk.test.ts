import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BULK_ITEMS } from '../../../src/domain';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from './testServer';

const ADMIN = 1;
const PRIYA = 3; // staff
const YOUSSEF = 6; // coordinator, Northern (Egypt)
const ABENA = 7; // coordinator, Western (Ghana)
const LEADERSHIP = 11;

const itemsOf = (records: { id: number; version: number }[]) => records.map(({ id, version }) => ({ id, version }));

describe.each(TEST_BACKENDS)('POST /api/partnerships/bulk on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  const stored = async (id: number) => (await api.call('GET', `/partnerships/${id}`)).json;
  const partnerships = async (count: number, overrides: Record<string, unknown> = {}) => {
    const made = [];
    for (let n = 0; n < count; n++) made.push(await api.create('partnerships', await api.draft(overrides)));
    return made;
  };
  const egyptian = async () => api.create('partnerships', await api.draft({ africanCityId: (await api.create('cities', { name: `Giza ${Math.random()}`, country: 'EG' })).id }));
  const bulk = (body: unknown, call = api.call) => call('POST', '/partnerships/bulk', body);
  /** The field errors of a request refused whole. */
  const errorsOf = async (body: unknown) => {
    const { status, json } = await bulk(body);
    expect({ status, message: json.message }).toEqual({ status: 400, message: 'app.error.invalid' });
    return json.errors;
  };

  it('sets the owner of every row, each its own write: version + 1 and one audit row each', async () => {
    const rows = await partnerships(3, { nextStep: 'Call the mayor', nextStepDue: '2026-12-10' });
    const revision = await api.revision();

    const { status, json } = await bulk({ items: itemsOf(rows), set: { ownerId: PRIYA } });

    expect({ status, json }).toEqual({ status: 200, json: { changed: rows.map((p) => p.id), refused: [] } });
    expect(await api.revision()).toBe(revision + rows.length);
    for (const row of rows) {
      expect(await stored(row.id)).toMatchObject({ ownerId: PRIYA, version: row.version + 1, nextStep: 'Call the mayor', nextStepDue: '2026-12-10' });
      const audit = await api.auditOf('partnerships', row.id);
      expect(audit.map((entry) => [entry.action, entry.userId, entry.changes])).toEqual([
        ['create', 2, expect.anything()],
        ['update', 2, { ownerId: { before: null, after: PRIYA } }],
      ]);
    }
  });

  it('sets the next step and its due date, or only the date, leaving the rest of each row as it was', async () => {
    const [first, second] = await partnerships(2, { ownerId: PRIYA, nextStep: 'Draft the letter' });
    const both = await bulk({ items: itemsOf([first!]), set: { nextStep: 'Send the draft MoU', nextStepDue: '2027-01-15' } });
    expect(both.json).toEqual({ changed: [first!.id], refused: [] });
    expect(await stored(first!.id)).toMatchObject({ ownerId: PRIYA, nextStep: 'Send the draft MoU', nextStepDue: '2027-01-15' });

    expect((await bulk({ items: itemsOf([second!]), set: { nextStepDue: '2027-02-01' } })).json.changed).toEqual([second!.id]);
    expect(await stored(second!.id)).toMatchObject({ ownerId: PRIYA, nextStep: 'Draft the letter', nextStepDue: '2027-02-01' });
  });

  it('refuses a row changed meanwhile as a conflict and changes the others', async () => {
    const [fresh, stale, other] = await partnerships(3);
    await api.update('partnerships', stale!.id, { notes: 'Changed by a colleague' });

    const { status, json } = await bulk({ items: itemsOf([fresh!, stale!, other!]), set: { ownerId: PRIYA } });

    expect(status).toBe(200);
    expect(json).toEqual({ changed: [fresh!.id, other!.id], refused: [{ id: stale!.id, message: 'app.error.conflict' }] });
    expect(await stored(stale!.id)).toMatchObject({ ownerId: null, notes: 'Changed by a colleague', version: stale!.version + 1 });
    expect((await stored(other!.id)).ownerId).toBe(PRIYA);
  });

  it('refuses a coordinator the rows of another region and changes those of theirs', async () => {
    const [ghana] = await partnerships(1);
    const egypt = await egyptian();

    const { json } = await bulk({ items: itemsOf([ghana!, egypt]), set: { nextStep: 'Visit in March' } }, await api.as(ABENA));

    expect(json).toEqual({ changed: [ghana!.id], refused: [{ id: egypt.id, message: 'app.auth.forbidden' }] });
    expect(await stored(egypt.id)).toEqual(egypt);
    expect((await stored(ghana!.id)).nextStep).toBe('Visit in March');
    expect((await bulk({ items: itemsOf([egypt]), set: { nextStep: 'Visit in March' } }, await api.as(YOUSSEF))).json.changed).toEqual([egypt.id]);
  });

  it('reports a row deleted meanwhile, or never there, as unknown', async () => {
    const [kept, gone] = await partnerships(2);
    await api.call('DELETE', `/partnerships/${gone!.id}`);

    const { json } = await bulk({ items: [...itemsOf([kept!, gone!]), { id: 999_999, version: 1 }], set: { ownerId: null } });

    expect(json).toEqual({
      changed: [kept!.id],
      refused: [
        { id: gone!.id, message: 'ra.notification.item_doesnt_exist' },
        { id: 999_999, message: 'ra.notification.item_doesnt_exist' },
      ],
    });
  });

  it('refuses leadership the whole request with 403, changing nothing', async () => {
    const rows = await partnerships(2);
    const revision = await api.revision();

    expect(await bulk({ items: itemsOf(rows), set: { ownerId: PRIYA } }, await api.as(LEADERSHIP))).toMatchObject({ status: 403, json: { message: 'app.auth.forbidden' } });

    expect(await api.revision()).toBe(revision);
    for (const row of rows) expect(await stored(row.id)).toEqual(row);
  });

  it('refuses a bad body with field errors, changing nothing', async () => {
    const [row] = await partnerships(1);
    const items = itemsOf([row!]);
    const disabled = await (await api.as(ADMIN))('POST', '/users', {
      email: 'gone.away@example.org', fullName: 'Gone Away', role: 'staff', password: 'a long enough password', disabled: true,
    });
    const tooMany = Array.from({ length: MAX_BULK_ITEMS + 1 }, (_, n) => ({ id: n + 1, version: 1 }));
    const revision = await api.revision();

    expect(await errorsOf({ items: tooMany, set: { ownerId: PRIYA } })).toEqual({ items: 'app.validation.tooMany' });
    expect(await errorsOf({ items: [], set: { ownerId: PRIYA } })).toEqual({ items: 'app.validation.required' });
    expect(await errorsOf({ items: [...items, ...items], set: { ownerId: PRIYA } })).toEqual({ items: 'app.validation.bulkDuplicate' });
    expect(await errorsOf({ items: [{ id: row!.id }], set: { ownerId: PRIYA } })).toEqual({ items: 'app.validation.required' });
    expect(await errorsOf({ items, set: { ownerId: 999_999 } })).toEqual({ ownerId: 'app.validation.choice' });
    expect(await errorsOf({ items, set: { ownerId: disabled.json.id } })).toEqual({ ownerId: 'app.validation.ownerUnavailable' });
    expect(await errorsOf({ items, set: { ownerId: ABENA } })).toEqual({ ownerId: 'app.validation.ownerUnavailable' });
    expect(await errorsOf({ items, set: { nextStepDue: '2026-02-30' } })).toEqual({ nextStepDue: 'app.validation.date' });
    expect(await errorsOf({ items, set: { nextStep: 'x'.repeat(301) } })).toEqual({ nextStep: 'app.validation.tooLong' });
    expect(await errorsOf({ items, set: { ownerId: PRIYA, nextStep: 'Both at once' } })).toEqual({ ownerId: 'app.validation.bulkOwnerOrNextStep' });
    expect(await errorsOf({ items, set: { stage: 'signed' } })).toEqual({ ownerId: 'app.validation.bulkOwnerOrNextStep' });
    expect(await errorsOf({ items })).toEqual({ set: 'app.validation.required' });

    expect(await api.revision()).toBe(revision);
    expect(await stored(row!.id)).toEqual(row);
  });
});
