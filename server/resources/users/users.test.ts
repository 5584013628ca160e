import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

const ADA = 1; // the admin
const LEADERSHIP = 11;
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };
const PASSWORD = 'correct horse battery';
const SHOWN = ['createdAt', 'disabled', 'email', 'fullName', 'id', 'region', 'role', 'updatedAt', 'version'];

/** A body for a new user of a fresh email. */
const newcomer = (overrides: Record<string, unknown> = {}) => ({ email: `new.${Math.random().toString(36).slice(2)}@example.org`, fullName: 'Nia Newcomer', role: 'staff', password: PASSWORD, ...overrides });

/** No answer may carry a password or its hash, however deep. */
const expectNoSecret = (json: unknown) => expect(JSON.stringify(json)).not.toMatch(/password|scrypt/i);

describe.each(TEST_BACKENDS)('/api/users on %s', (backend) => {
  let api: TestServer;
  let admin: Awaited<ReturnType<TestServer['as']>>;
  beforeAll(async () => {
    api = await createTestServer({ backend });
    admin = await api.as(ADA);
  });
  afterAll(() => api.close());

  const sessionsOf = async (userId: number) => (await api.db.selectFrom('sessions').select('userId').where('userId', '=', userId).execute()).length;

  describe('the team directory', () => {
    it('lists the team for every signed-in user, by name, with Content-Range, never a password', async () => {
      const robert = await api.as(LEADERSHIP);
      const { status, json, headers } = await robert('GET', '/users?range=[0,4]');
      expect(status).toBe(200);
      expect(json.map((u: { fullName: string }) => u.fullName)).toEqual(['Abena Mensah', 'Ada Whitfield', 'Daniel Okafor', 'Grace Adeyemi', 'Helen Castellanos']);
      expect(Object.keys(json[0]).sort()).toEqual(SHOWN);
      expect(headers.get('Content-Range')).toBe('users 0-4/12');
      expectNoSecret(json);
      expect(await robert('GET', '/users/7')).toMatchObject({ status: 200, json: { fullName: 'Abena Mensah', role: 'coordinator', region: 'Western', disabled: false } });
      expect((await robert('GET', '/users/999')).status).toBe(404);
    });

    it('filters by text, role, ids and disabled, and refuses unknown fields', async () => {
      const names = async (filter: object, sort = '["fullName","ASC"]') =>
        (await api.call('GET', `/users?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${sort}`)).json.map((u: { fullName: string }) => u.fullName);
      expect(await names({ q: 'ELLISON' })).toEqual(['Marcus Ellison']);
      expect(await names({ q: 'sistercities.example', role: 'leadership' })).toEqual(['Grace Adeyemi', 'Robert Hayes']);
      expect(await names({ id: [6, 7] }, '["id","DESC"]')).toEqual(['Abena Mensah', 'Youssef Benali']);
      expect(await names({ disabled: true })).toEqual([]);
      expect((await api.call('GET', '/users?filter={"passwordHash":"x"}')).status).toBe(400);
      expect((await api.call('GET', '/users?sort=["passwordHash","ASC"]')).status).toBe(400);
    });
  });

  describe('user admin', () => {
    it('lets only admins create, change and delete users', async () => {
      const before = (await api.call('GET', '/users')).json.length;
      for (const id of [2, 7, LEADERSHIP]) {
        const someone = await api.as(id);
        expect(await someone('POST', '/users', newcomer())).toMatchObject(FORBIDDEN);
        expect(await someone('PUT', '/users/3', { fullName: 'Priya R.', version: 1 })).toMatchObject(FORBIDDEN);
        expect(await someone('DELETE', '/users/12')).toMatchObject(FORBIDDEN);
      }
      expect((await api.call('GET', '/users')).json).toHaveLength(before);
      expect((await api.call('GET', '/users/3')).json).toMatchObject({ fullName: 'Priya Raman', version: 1 });
    });

    it('creates a user with a hashed password that signs in, and never shows it', async () => {
      const body = newcomer({ email: '  Kofi.Boateng@Example.ORG ', fullName: 'Kofi Boateng', role: 'coordinator', region: 'Western', id: 500, version: 9 });
      const { status, json } = await admin('POST', '/users', body);
      expect(status).toBe(201);
      expect(json).toEqual({ id: json.id, email: 'kofi.boateng@example.org', fullName: 'Kofi Boateng', role: 'coordinator', region: 'Western', disabled: false, version: 1, createdAt: json.createdAt, updatedAt: json.createdAt });
      expect(json.id).not.toBe(500);
      const stored = await api.db.selectFrom('users').select('passwordHash').where('id', '=', json.id).executeTakeFirstOrThrow();
      expect(stored.passwordHash).toMatch(/^scrypt\$/);
      expect((await api.call('POST', '/auth/login', { email: 'kofi.boateng@example.org', password: PASSWORD })).status).toBe(200);
      // The history says a password was set, never what it is.
      const [row] = await api.auditOf('users', json.id);
      expect(row).toMatchObject({ action: 'create', userId: ADA, userName: 'Ada Whitfield' });
      expect(row!.changes).toMatchObject({ email: { before: null, after: 'kofi.boateng@example.org' }, role: { before: null, after: 'coordinator' }, region: { before: null, after: 'Western' }, password: { before: null, after: '…' } });
      expectNoSecret({ ...row!.changes, password: undefined });
      expect(JSON.stringify(row)).not.toContain(PASSWORD);
    });

    it('refuses a taken email whatever its case, and what the schema refuses, as field errors', async () => {
      expect(await admin('POST', '/users', newcomer({ email: 'MARCUS.ELLISON@sistercities.example' }))).toMatchObject({
        status: 400,
        json: { errors: { email: 'app.validation.emailTaken' } },
      });
      expect(await admin('PUT', '/users/3', { email: 'Marcus.Ellison@sistercities.example', version: 1 })).toMatchObject({ status: 400, json: { errors: { email: 'app.validation.emailTaken' } } });
      const invalid = await admin('POST', '/users', newcomer({ role: 'coordinator', password: 'short' }));
      expect(invalid).toMatchObject({ status: 400, json: { errors: { region: 'app.validation.coordinatorRegion', password: 'app.validation.passwordTooShort' } } });
      expect((await admin('POST', '/users', newcomer({ password: undefined }))).json.errors).toEqual({ password: 'app.validation.required' });
    });

    it('creates one of two users of the same email sent at once; the other hears the email is taken', async () => {
      const body = newcomer();
      const answers = await Promise.all([admin('POST', '/users', body), admin('POST', '/users', { ...body, email: body.email.toUpperCase() })]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 400]);
      expect(answers.find((a) => a.status === 400)!.json.errors).toEqual({ email: 'app.validation.emailTaken' });
    });

    it('lays a change over the stored user, keeps the password when blank, and refuses a stale version', async () => {
      const priya = (await api.call('GET', '/users/3')).json;
      const changed = await admin('PUT', '/users/3', { ...priya, fullName: 'Priya Raman-Shah', password: '' });
      expect(changed).toMatchObject({ status: 200, json: { fullName: 'Priya Raman-Shah', version: priya.version + 1 } });
      expectNoSecret(changed.json);
      const [row] = (await api.auditOf('users', 3)).slice(-1);
      expect(row!.changes).toEqual({ fullName: { before: 'Priya Raman', after: 'Priya Raman-Shah' } });
      expect(await admin('PUT', '/users/3', { ...priya, fullName: 'Stale' })).toMatchObject({ status: 409, json: { message: 'app.error.conflict' } });
      expect((await api.call('GET', '/users/3')).json).toEqual(changed.json);
    });

    it('refuses an admin their own demotion, disabling and deletion', async () => {
      const ada = (await admin('GET', `/users/${ADA}`)).json;
      expect(await admin('PUT', `/users/${ADA}`, { ...ada, role: 'staff', disabled: true })).toMatchObject({
        status: 400,
        json: { errors: { role: 'app.validation.notYourself', disabled: 'app.validation.notYourself' } },
      });
      expect(await admin('DELETE', `/users/${ADA}`)).toMatchObject({ status: 400, json: { message: 'app.validation.notYourself' } });
      expect((await admin('GET', `/users/${ADA}`)).json).toEqual(ada);
      // Their own name is theirs to change.
      expect((await admin('PUT', `/users/${ADA}`, { ...ada, fullName: 'Ada Whitfield-Jones' })).status).toBe(200);
    });

    it('ends a user’s sessions the moment they are disabled, or given a new password', async () => {
      const daniel = await api.as(4);
      expect((await daniel('GET', '/users/4')).status).toBe(200);
      const stored = (await admin('GET', '/users/4')).json;
      const disabled = await admin('PUT', '/users/4', { ...stored, disabled: true });
      expect(disabled).toMatchObject({ status: 200, json: { disabled: true } });
      expect(await sessionsOf(4)).toBe(0);
      expect((await daniel('GET', '/users/4')).status).toBe(401);

      const helen = await api.as(5);
      const before = (await admin('GET', '/users/5')).json;
      expect((await admin('PUT', '/users/5', { ...before, password: 'a brand new passphrase' })).status).toBe(200);
      expect((await helen('GET', '/users/5')).status).toBe(401);
      const [row] = (await api.auditOf('users', 5)).slice(-1);
      expect(row!.changes).toEqual({ password: { before: '…', after: '…' } });
    });

    it('deletes a user nobody’s records name, and refuses one who owns a partnership (409)', async () => {
      const owner = await api.create('partnerships', await api.draft({ ownerId: 12 }));
      expect(await admin('DELETE', '/users/12')).toMatchObject({ status: 409, json: { message: 'app.error.userInUse' } });
      expect((await admin('GET', '/users/12')).status).toBe(200);
      // Marcus moved the stage of every partnership made in these tests: named in their history.
      expect((await admin('DELETE', '/users/2')).status).toBe(409);
      await api.update('partnerships', owner.id, { ownerId: null });

      const leaving = await api.as(12);
      const gone = await admin('DELETE', '/users/12', undefined, { 'If-Match': '"1"' });
      expect(gone).toMatchObject({ status: 200, json: { id: 12, fullName: 'Grace Adeyemi' } });
      expect((await admin('GET', '/users/12')).status).toBe(404);
      expect((await leaving('GET', '/cities')).status).toBe(401);
      const [row] = (await api.auditOf('users', 12)).slice(-1);
      expect(row).toMatchObject({ action: 'delete', changes: expect.objectContaining({ fullName: { before: 'Grace Adeyemi', after: null } }) });
    });
  });
});
