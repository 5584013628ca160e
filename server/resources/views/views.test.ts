import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_VIEW_FILTER_BYTES, starterViews } from '../../../src/domain';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

const ADA = 1; // the admin
const MARCUS = 2; // staff
const PRIYA = 3; // staff
const ABENA = 7; // the coordinator of Western
const ROBERT = 11; // leadership
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

type Caller = Awaited<ReturnType<TestServer['as']>>;
type View = { id: number | string; name: string; ownerName: string | null; starter: boolean };

let names = 0;
/** A body for a view of a name of its own. */
const viewBody = (overrides: Record<string, unknown> = {}) => ({ name: `View ${++names}`, target: 'partnerships', filter: { stage: 'proposal' }, ...overrides });

async function created(who: Caller, overrides: Record<string, unknown> = {}) {
  const { status, json } = await who('POST', '/views', viewBody(overrides));
  expect(status).toBe(201);
  return json;
}
const listed = async (who: Caller, filter: object = {}) =>
  (await who('GET', `/views?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`)).json as View[];
const idsOf = (views: View[]) => views.map((view) => view.id);

describe.each(TEST_BACKENDS)('/api/views on %s', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await createTestServer({ backend });
  });
  afterAll(() => api.close());

  it('lets every role keep views, leadership included, with an owner and a version', async () => {
    for (const id of [ADA, MARCUS, ABENA, ROBERT]) {
      const who = await api.as(id);
      const view = await created(who, { filter: { region: 'Western', due: 'overdue' }, sort: { field: 'nextStepDue', order: 'ASC' } });
      expect(view).toMatchObject({ target: 'partnerships', filter: { region: 'Western', due: 'overdue' }, sort: { field: 'nextStepDue', order: 'ASC' }, shared: false, ownerId: id, starter: false, version: 1 });
      expect(await who('GET', `/views/${view.id}`)).toMatchObject({ status: 200, json: { id: view.id, name: view.name } });
    }
  });

  it('lists the own views and those others share, never others’ private ones, with Content-Range', async () => {
    const [marcus, priya] = [await api.as(MARCUS), await api.as(PRIYA)];
    const mine = await created(priya, { target: 'cities', filter: { side: 'us' } });
    const shared = await created(marcus, { target: 'cities', filter: { sciMember: true }, shared: true });
    const unshared = await created(marcus, { target: 'cities', filter: { sciMember: false } });

    const seen = await listed(priya, { target: 'cities' });
    expect(idsOf(seen)).toEqual(expect.arrayContaining([mine.id, shared.id]));
    expect(idsOf(seen)).not.toContain(unshared.id);
    expect(seen.find((view) => view.id === shared.id)?.ownerName).toBe('Marcus Ellison');
    expect(await priya('GET', `/views/${unshared.id}`)).toMatchObject({ status: 404 });

    const page = await priya('GET', '/views?filter={"target":"cities"}&range=[0,0]');
    expect(page.headers.get('Content-Range')).toBe(`views 0-0/${seen.length}`);
    expect(idsOf(await listed(priya, { target: 'events' }))).not.toContain(mine.id);
  });

  it('gives a coordinator the read-only starter views of their region, first, following a change of region', async () => {
    const abena = await api.as(ABENA);
    const own = await created(abena, { target: 'board', filter: { cohort: '500in5' } });
    const views = await listed(abena);
    const starters = starterViews({ id: ABENA, role: 'coordinator', region: 'Western' });
    expect(views.slice(0, starters.length)).toEqual(starters);
    expect(views.find((view) => view.id === 'starter-overdue')).toMatchObject({ name: 'Western — overdue next steps', filter: { region: 'Western', due: 'overdue' }, starter: true });
    expect(idsOf(await listed(abena, { target: 'board' }))).toEqual(['starter-board', own.id]);
    expect(await abena('GET', '/views/starter-stalled')).toMatchObject({ status: 200, json: { filter: { region: 'Western', stalled: true } } });
    expect(await abena('PUT', '/views/starter-stalled', { name: 'Mine now', version: 0 })).toMatchObject(FORBIDDEN);
    expect(await abena('DELETE', '/views/starter-stalled')).toMatchObject(FORBIDDEN);

    // Staff and leadership start with none.
    for (const id of [MARCUS, ROBERT]) expect((await listed(await api.as(id))).some((view) => view.starter)).toBe(false);

    const { json: user } = await api.call('GET', `/users/${ABENA}`);
    const admin = await api.as(ADA);
    expect((await admin('PUT', `/users/${ABENA}`, { ...user, region: 'Eastern' })).status).toBe(200);
    expect((await listed(abena)).find((view) => view.id === 'starter-all')).toMatchObject({ name: 'Eastern — all', filter: { region: 'Eastern' } });
    expect((await admin('PUT', `/users/${ABENA}`, { ...user, version: user.version + 1 })).status).toBe(200);
  });

  it('lets only the owner change or delete a view, and an admin delete a shared one', async () => {
    const [marcus, priya, admin] = [await api.as(MARCUS), await api.as(PRIYA), await api.as(ADA)];
    const shared = await created(marcus, { shared: true });
    expect(await priya('PUT', `/views/${shared.id}`, { name: 'Taken', version: 1 })).toMatchObject(FORBIDDEN);
    expect(await priya('DELETE', `/views/${shared.id}`)).toMatchObject(FORBIDDEN);
    const unshared = await created(marcus);
    expect(await priya('PUT', `/views/${unshared.id}`, { name: 'Taken', version: 1 })).toMatchObject({ status: 404 });

    expect(await marcus('PUT', `/views/${shared.id}`, { name: 'Renamed', shared: false, version: 1 })).toMatchObject({ status: 200, json: { name: 'Renamed', shared: false, version: 2, filter: { stage: 'proposal' } } });
    expect(await admin('DELETE', `/views/${unshared.id}`)).toMatchObject({ status: 404 });
    const another = await created(marcus, { shared: true });
    expect(await admin('DELETE', `/views/${another.id}`)).toMatchObject({ status: 200, json: { id: another.id } });
    expect(await marcus('DELETE', `/views/${shared.id}`, undefined, { 'If-Match': '"2"' })).toMatchObject({ status: 200 });
    expect(idsOf(await listed(marcus))).not.toEqual(expect.arrayContaining([shared.id]));
  });

  it('refuses a stale version with 409 and changes nothing; leaves no audit row', async () => {
    const marcus = await api.as(MARCUS);
    const view = await created(marcus);
    expect((await marcus('PUT', `/views/${view.id}`, { name: 'First', version: 1 })).status).toBe(200);
    expect(await marcus('PUT', `/views/${view.id}`, { name: 'Second', version: 1 })).toMatchObject({ status: 409, json: { message: 'app.error.conflict' } });
    expect(await marcus('DELETE', `/views/${view.id}`, undefined, { 'If-Match': '"1"' })).toMatchObject({ status: 409 });
    expect(await marcus('GET', `/views/${view.id}`)).toMatchObject({ json: { name: 'First', version: 2 } });
    expect((await marcus('PUT', `/views/${view.id}`, { name: 'No version' })).json).toMatchObject({ errors: { version: 'app.validation.required' } });
    const audited = await api.db.selectFrom('audit').select('id').where('resource', '=', 'views').execute();
    expect(audited).toEqual([]);
  });

  it('moves the revision with each write: views go through the one write path', async () => {
    const marcus = await api.as(MARCUS);
    const before = await api.revision();
    await created(marcus);
    expect(await api.revision()).toBe(before + 1);
  });

  it('refuses a filter or sort the target’s list would refuse, naming the field', async () => {
    const marcus = await api.as(MARCUS);
    const refused = async (body: Record<string, unknown>) => (await marcus('POST', '/views', viewBody(body))).json;
    expect(await refused({ filter: { passwordHash: 'x' } })).toEqual({ message: 'app.error.invalid', errors: { filter: 'app.savedViews.refused.filter' } });
    expect(await refused({ filter: { stage: 'somewhere' } })).toMatchObject({ errors: { filter: 'app.savedViews.refused.filter' } });
    // The board filters the partnerships: a city's field is no filter of it.
    expect(await refused({ target: 'board', filter: { sciMember: true } })).toMatchObject({ errors: { filter: 'app.savedViews.refused.filter' } });
    expect(await refused({ sort: { field: 'stalled', order: 'ASC' } })).toMatchObject({ errors: { sort: 'app.savedViews.refused.sort' } });
    expect(await refused({ filter: { q: 'x'.repeat(MAX_VIEW_FILTER_BYTES) } })).toMatchObject({ errors: { filter: 'app.savedViews.refused.filterTooLarge' } });
    expect(await refused({ filter: [] })).toMatchObject({ errors: { filter: 'app.savedViews.refused.filter' } });
    expect(await refused({ name: ' ' })).toMatchObject({ errors: { name: 'app.validation.required' } });
    expect(await refused({ name: 'n'.repeat(81) })).toMatchObject({ errors: { name: 'app.validation.tooLong' } });
    expect(await refused({ target: 'users' })).toMatchObject({ errors: { target: 'app.validation.choice' } });
  });

  it('keeps a view across a sign-out: a new session sees it', async () => {
    await api.signIn(PRIYA);
    const { json: view } = await api.call('POST', '/views', viewBody());
    expect((await api.call('POST', '/auth/logout')).status).toBeLessThan(300);
    expect((await api.call('GET', '/views')).status).toBe(401);
    await api.signIn(PRIYA);
    expect(idsOf((await api.call('GET', '/views')).json)).toContain(view.id);
    await api.signIn(MARCUS);
  });

  it('deletes a user’s views, shared ones too, with the user', async () => {
    const admin = await api.as(ADA);
    const { json: user } = await admin('POST', '/users', { email: 'leaving@example.org', fullName: 'Lea Leaving', role: 'staff', password: 'correct horse battery' });
    const leaving = await api.as(user.id);
    const shared = await created(leaving, { shared: true });
    expect(idsOf(await listed(await api.as(PRIYA)))).toContain(shared.id);
    expect((await admin('DELETE', `/users/${user.id}`)).status).toBe(200);
    expect(idsOf(await listed(await api.as(PRIYA)))).not.toContain(shared.id);
  });

  it('asks for a session', async () => {
    await api.signIn(null);
    expect((await api.call('GET', '/views')).status).toBe(401);
    await api.signIn(MARCUS);
  });
});
