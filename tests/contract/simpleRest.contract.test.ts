// @vitest-environment node
/**
 * The unmodified ra-data-simple-rest client against each backend: its httpClient routes the
 * requests to the backend in process, and throws ra-core's HttpError as fetchJson does.
 */
import { HttpError, type DataProvider, type fetchUtils } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import { expect, it } from 'vitest';
import type { Backend } from './backends';
import { describeContract } from './contract';
import { contractData, TODAY } from './dataset';

/** fetchUtils.fetchJson's contract, over a backend instead of the network. */
function clientOf(backend: Backend): DataProvider {
  const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
    const headers = Object.fromEntries(new Headers(options.headers ?? {}).entries());
    // The client sends JSON text or no body at all.
    const body = typeof options.body === 'string' ? options.body : undefined;
    const response = await backend.request(options.method ?? 'GET', url, body, headers);
    if (response.status < 200 || response.status >= 300) {
      throw new HttpError(response.json?.message ?? `HTTP ${response.status}`, response.status, response.json);
    }
    return { status: response.status, headers: response.headers, body: JSON.stringify(response.json), json: response.json };
  };
  return simpleRestProvider('/api', httpClient);
}

describeContract('ra-data-simple-rest, unmodified', { data: contractData, reset: 'each' }, ({ api }) => {
  it('getList: a sorted, filtered page and its total from Content-Range', async () => {
    const { data, total } = await clientOf(api()).getList('cities', {
      pagination: { page: 2, perPage: 3 },
      sort: { field: 'name', order: 'ASC' },
      filter: { side: 'us' },
    });
    expect(total).toBe(5);
    expect(data.map((c) => c.name)).toEqual(['Columbus', 'Denver']);
  });

  it('getList of partnerships by a derived filter', async () => {
    const { data, total } = await clientOf(api()).getList('partnerships', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'lastActivityAt', order: 'ASC' },
      filter: { stalled: true },
    });
    expect(total).toBe(2);
    expect(data.map((p) => [p.id, p.africanCityName])).toEqual([[2, 'Lagos'], [5, 'Lusaka']]);
  });

  it('getOne and getMany', async () => {
    const client = clientOf(api());
    expect((await client.getOne('events', { id: 3 })).data).toMatchObject({ id: 3, title: 'Denver delegation', partnershipIds: [3, 7] });
    const many = await client.getMany('programs', { ids: [3, 1] });
    expect(many.data.map((p) => p.id).sort()).toEqual([1, 3]);
  });

  it('create, update with the whole record, delete', async () => {
    const client = clientOf(api());
    const created = await client.create('partnerships', {
      data: { africanCityId: 12, usCityId: 11, kind: 'friendship', stage: 'prospect', cohort: '500in5', focusAreas: [] },
    });
    expect(created.data).toMatchObject({ id: 9, version: 1, africanCityName: 'Kumasi', stage: 'prospect' });
    const updated = await client.update('partnerships', {
      id: created.data.id,
      data: { ...created.data, stage: 'interest', nextStep: 'First call' },
      previousData: created.data,
    });
    expect(updated.data).toMatchObject({ version: 2, stage: 'interest', nextStep: 'First call', lastActivityAt: TODAY });
    expect(updated.data.stageHistory).toHaveLength(2);
    const deleted = await client.delete('partnerships', { id: created.data.id, previousData: updated.data });
    expect(deleted.data.id).toBe(created.data.id);
    await expect(client.getOne('partnerships', { id: created.data.id })).rejects.toMatchObject({ status: 404 });
  });

  it('a stale update is an HttpError 409 and changes nothing', async () => {
    const client = clientOf(api());
    const { data: city } = await client.getOne('cities', { id: 12 });
    await client.update('cities', { id: 12, data: { ...city, notes: 'first' }, previousData: city });
    await expect(client.update('cities', { id: 12, data: { ...city, notes: 'second' }, previousData: city })).rejects.toMatchObject({
      status: 409,
      body: { message: 'app.error.conflict' },
    });
    expect((await client.getOne('cities', { id: 12 })).data).toMatchObject({ notes: 'first', version: 2 });
  });

  it('field errors reach the client in the body react-admin reads', async () => {
    const client = clientOf(api());
    await expect(client.create('programs', { data: { kind: 'exchange', title: '', cycleYear: 1990, status: 'planned' } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { title: 'app.validation.required', cycleYear: 'app.validation.cycleYear' } },
    });
  });
});
