import { describe, expect, it } from 'vitest';
import { callApi, useMockApi } from '../../tests/setup/mockApi';

const api = useMockApi();

describe('the team over the mock API', () => {
  it('lists the team by name, or the members asked for', async () => {
    const all = await callApi('GET', '/users');
    expect(all.headers.get('Content-Range')).toBe(`users 0-${api.store.users.length - 1}/${api.store.users.length}`);
    const names = all.json.map((u: { fullName: string }) => u.fullName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const some = await callApi('GET', `/users?filter=${encodeURIComponent('{"id":[2,3]}')}`);
    expect(some.json.map((u: { id: number }) => u.id).sort()).toEqual([2, 3]);
    const staff = await callApi('GET', `/users?filter=${encodeURIComponent('{"role":"staff"}')}`);
    expect(staff.json).toHaveLength(4);
    expect(all.json[0]).not.toHaveProperty('password');
  });

  it('signs in a member of the team, who then signs the stage changes', async () => {
    const coordinator = api.store.users.find((u) => u.role === 'coordinator')!;
    expect((await callApi('POST', '/auth/login', { email: 'nobody@example.org', password: 'x' })).status).toBe(401);
    expect((await callApi('POST', '/auth/login', { email: coordinator.email, password: 'x' })).status).toBe(200);
    expect((await callApi('GET', '/auth/me')).json).toMatchObject({ id: coordinator.id, role: 'coordinator' });
    const p = api.all('partnerships').find((x) => x.stage === 'prospect')!;
    const { json } = await callApi('PUT', `/partnerships/${p.id}`, { ...p, stage: 'interest' });
    expect(json.stageHistory.at(-1)).toMatchObject({ stage: 'interest', by: coordinator.id, byName: coordinator.fullName });
  });
});
