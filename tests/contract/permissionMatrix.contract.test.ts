// @vitest-environment node
/**
 * The permission matrix (decision 011): every role × resource × action, on a record inside and
 * one outside the coordinator's region, asked of each backend. Every answer must be what the
 * shared rule `isAllowed` says, and the UI's `canAccess` must say the same: what the UI offers
 * is what the API allows. Offending cells are printed; the counts must be 0 / 0.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { isAllowed, type Action, type Actor, type RegionFacts } from '../../src/domain';
import { createAuthProvider } from '../../src/providers/authProvider';
import type { ApiResponse, Client } from './backends';
import { describeContract } from './contract';
import { contractData } from './dataset';
import { listPath } from './requests';

const ROLES = [
  { role: 'admin', userId: 1 },
  { role: 'staff', userId: 2 },
  { role: 'coordinator', userId: 7 }, // Abena Mensah, Western
  { role: 'leadership', userId: 11 },
] as const;
const RESOURCES = ['cities', 'partnerships', 'events', 'programs', 'users', 'audit'] as const;
type MatrixResource = (typeof RESOURCES)[number];
type Placement = 'none' | 'inside' | 'outside';
const ADMIN = 1;
const PASSPHRASE = 'a long enough passphrase';

/** react-admin's names for the rule's actions, as the UI asks canAccess. */
const UI_ACTION: Record<Action, string> = { list: 'list', read: 'show', create: 'create', update: 'edit', delete: 'delete', export: 'export' };

/** Seeded records inside (Ghana, Western) and outside (Kenya, Eastern) Abena's region. */
const SEEDED: Record<Exclude<MatrixResource, 'audit'>, Record<'inside' | 'outside', number>> = {
  cities: { inside: 1, outside: 3 },
  partnerships: { inside: 1, outside: 3 },
  events: { inside: 1, outside: 3 },
  programs: { inside: 1, outside: 2 },
  users: { inside: 7, outside: 9 },
};

/** A new record inside or outside the region; `n` keeps two of them apart (pairs, emails). */
function newRecord(resource: Exclude<MatrixResource, 'audit'>, placement: 'inside' | 'outside', n: number): Record<string, unknown> {
  const inside = placement === 'inside';
  const africanCityId = inside ? 12 : 3;
  switch (resource) {
    case 'cities':
      return inside ? { name: `Tamale ${n}`, country: 'GH', admin1: '06' } : { name: `Mombasa ${n}`, country: 'KE' };
    case 'partnerships':
      return { africanCityId, usCityId: n === 1 ? 11 : 10, kind: 'sister', stage: 'prospect', cohort: '500in5', focusAreas: [] };
    case 'events':
      return { type: 'exchange', title: `Visit ${n}`, startsAt: '2026-12-05T10:00:00.000Z', cityId: africanCityId, partnershipIds: [] };
    case 'programs':
      return { kind: 'exchange', title: `Exchange ${n}`, cycleYear: 2027, status: 'planned', cityIds: [africanCityId], partnershipIds: [] };
    case 'users':
      return { email: `new.${placement}.${n}@sistercities.example`, fullName: `New ${placement} ${n}`, role: 'coordinator', region: inside ? 'Western' : 'Eastern', password: PASSPHRASE };
  }
}

/** What the rule reads of a new record: Ghana is Western, Kenya Eastern. */
function regionOfNew(resource: Exclude<MatrixResource, 'audit'>, placement: 'inside' | 'outside'): RegionFacts {
  const region = placement === 'inside' ? 'Western' : 'Eastern';
  return resource === 'events' || resource === 'programs' ? { regions: [region] } : { region };
}

/** What the rule reads of a record. */
const factsOf = (record: { region?: string | null; regions?: string[] | null }): RegionFacts =>
  record.regions !== undefined ? { regions: record.regions } : { region: record.region ?? null };

interface Cell {
  role: string;
  resource: MatrixResource;
  action: Action;
  placement: Placement;
  /** The record the rule and canAccess are asked about; undefined: none (a whole list, a new record's absence). */
  record?: RegionFacts;
  response: ApiResponse;
}

type Verdict = 'allowed' | 'denied' | 'broken';

/** 2xx allows, 403 denies; the log has no write routes at all, so 404 and 405 deny there too. */
function verdictOf({ resource, action, response }: Cell): Verdict {
  if (response.status >= 200 && response.status < 300) return 'allowed';
  if (response.status === 403) return 'denied';
  const write = !['list', 'read', 'export'].includes(action);
  if (resource === 'audit' && write && [404, 405].includes(response.status)) return 'denied';
  return 'broken';
}

/** The UI's authProvider, its /api/auth/me answered by this backend for `client`. */
function uiOf(client: Client) {
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const { status, json } = await client.request(init?.method ?? 'GET', `${url.pathname}${url.search}`);
    return new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return createAuthProvider('/api');
}

describeContract('the permission matrix', { data: contractData, reset: 'once' }, ({ api }) => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Every cell of one role and one resource, on freshly reset data. */
  async function cellsOf(role: string, userId: number, resource: MatrixResource): Promise<Cell[]> {
    await api().reset(contractData());
    const as = api().as(userId);
    const admin = api().as(ADMIN);
    const cells: Cell[] = [];
    const ask = async (action: Action, placement: Placement, record: RegionFacts | undefined, send: () => Promise<ApiResponse>) =>
      cells.push({ role, resource, action, placement, record, response: await send() });

    if (resource === 'audit') {
      // One change inside the region and one outside, so each has a history to read.
      const rows: Record<'inside' | 'outside', number> = { inside: 0, outside: 0 };
      for (const placement of ['inside', 'outside'] as const) {
        const id = SEEDED.cities[placement];
        const city = (await admin.request('GET', `/api/cities/${id}`)).json;
        await admin.request('PUT', `/api/cities/${id}`, { version: city.version, notes: `Audited ${placement}` });
        const history = (await admin.request('GET', listPath('audit', { filter: { resource: 'cities', recordId: id } }))).json;
        rows[placement] = history[0].id;
      }
      await ask('list', 'none', undefined, () => as.request('GET', listPath('audit', { range: [0, 24] })));
      await ask('export', 'none', undefined, () => as.request('GET', listPath('audit', { range: [0, 999] })));
      for (const placement of ['inside', 'outside'] as const) {
        const id = SEEDED.cities[placement];
        const record = factsOf((await admin.request('GET', `/api/cities/${id}`)).json);
        const filter = { resource: 'cities', recordId: id };
        await ask('list', placement, record, () => as.request('GET', listPath('audit', { filter, range: [0, 24] })));
        await ask('export', placement, record, () => as.request('GET', listPath('audit', { filter, range: [0, 999] })));
        // One row by its id is not the history of a record (what the History tab asks): no record.
        await ask('read', placement, undefined, () => as.request('GET', `/api/audit/${rows[placement]}`));
        await ask('create', placement, undefined, () => as.request('POST', '/api/audit', { action: 'update', resource: 'cities', recordId: id, changes: {} }));
        await ask('update', placement, undefined, () => as.request('PUT', `/api/audit/${rows[placement]}`, { changes: {} }));
        await ask('delete', placement, undefined, () => as.request('DELETE', `/api/audit/${rows[placement]}`));
      }
      return cells;
    }

    await ask('list', 'none', undefined, () => as.request('GET', listPath(resource, { range: [0, 24] })));
    await ask('export', 'none', undefined, () => as.request('GET', listPath(resource, { range: [0, 999] })));
    for (const placement of ['inside', 'outside'] as const) {
      const id = SEEDED[resource][placement];
      const stored = (await admin.request('GET', `/api/${resource}/${id}`)).json;
      const record = factsOf(stored);
      await ask('list', placement, record, () => as.request('GET', listPath(resource, { filter: { id: [id] }, range: [0, 24] })));
      await ask('export', placement, record, () => as.request('GET', listPath(resource, { filter: { id: [id] }, range: [0, 999] })));
      await ask('read', placement, record, () => as.request('GET', `/api/${resource}/${id}`));
      // The record as it would be after the change: new records are judged on their body's regions.
      const body = newRecord(resource, placement, 1);
      const wouldBe = regionOfNew(resource, placement);
      await ask('create', placement, wouldBe, () => as.request('POST', `/api/${resource}`, body));
      const change = resource === 'users' ? { ...stored, fullName: `${stored.fullName} (${role})` } : { version: stored.version, notes: `Changed by ${role}` };
      await ask('update', placement, record, () => as.request('PUT', `/api/${resource}/${id}`, change));
      const fresh = await admin.request('POST', `/api/${resource}`, newRecord(resource, placement, 2));
      // A record the admin could not create shows as a broken cell, with the admin's answer.
      if (fresh.status !== 201) await ask('delete', placement, undefined, async () => fresh);
      else await ask('delete', placement, factsOf(fresh.json), () => as.request('DELETE', `/api/${resource}/${fresh.json.id}`));
    }
    return cells;
  }

  it.each(ROLES)('$role: every answer is the rule’s, and the UI’s canAccess agrees', { timeout: 120_000 }, async ({ role, userId }) => {
    const actor = ((await api().as(userId).request('GET', '/api/auth/me')).json) as Actor;
    expect(actor).toMatchObject({ id: userId, role });
    const ui = uiOf(api().as(userId));
    const unexpectedAllows: string[] = [];
    const unexpectedDenials: string[] = [];
    const broken: string[] = [];
    const uiDisagrees: string[] = [];
    let asked = 0;
    for (const resource of RESOURCES) {
      for (const cell of await cellsOf(role, userId, resource)) {
        asked++;
        const expected = isAllowed(actor, cell.action, resource, cell.record);
        const verdict = verdictOf(cell);
        const where = `${role} ${cell.action} ${resource} (${cell.placement}) → ${cell.response.status} ${JSON.stringify(cell.response.json).slice(0, 120)}`;
        if (verdict === 'broken') broken.push(where);
        else if (verdict === 'allowed' && !expected) unexpectedAllows.push(where);
        else if (verdict === 'denied' && expected) unexpectedDenials.push(where);
        const offered = await ui.canAccess!({ action: UI_ACTION[cell.action], resource, record: cell.record });
        if (offered !== expected) uiDisagrees.push(`${role} ${UI_ACTION[cell.action]} ${resource} (${cell.placement}): canAccess ${offered}, isAllowed ${expected}`);
      }
    }
    // 6 resources × (list and export of the whole, then list, export, read, create, update, delete inside and outside).
    expect(asked).toBe(RESOURCES.length * 14);
    expect({ unexpectedAllows, unexpectedDenials, broken, uiDisagrees }).toEqual({ unexpectedAllows: [], unexpectedDenials: [], broken: [], uiDisagrees: [] });
  });
});

