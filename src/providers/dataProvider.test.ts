import simpleRestProvider from 'ra-data-simple-rest';
import { describe, expect, it, vi } from 'vitest';
import { foldText } from '../domain';
import { createDataProvider } from './dataProvider';
import { useMockApi } from '../../tests/setup/mockApi';

// The requests go out as the page's (Marcus Ellison, staff); the fixtures are the admin's.
const api = useMockApi();
const key = (city: { name: string }) => foldText(city.name);

describe('ra-data-simple-rest, unmodified, against the API', () => {
  const client = simpleRestProvider('/api');

  it('lists a sorted, filtered page with its total', async () => {
    const { data, total } = await client.getList('cities', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: { side: 'africa', country: 'NG' },
    });
    const african = await api.all('cities', { side: 'africa' });
    expect(african.length, 'api.all reads at most 1,000 records').toBeLessThan(1000);
    const nigeria = african.filter((c) => c.country === 'NG');
    expect(total).toBe(nigeria.length);
    // Names in their folded order: case, accents and hyphens ignored (Ado-Ekiti sorts as "ado ekiti").
    const byName = nigeria.toSorted((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(data.map((c) => c.name)).toEqual(byName.slice(10, 20).map((c) => c.name));
  });

  it('reads one record and several at once', async () => {
    const { data } = await client.getOne('partnerships', { id: 5 });
    expect(data).toMatchObject({ id: 5, africanCityName: (await api.get('cities', data.africanCityId))!.name });
    const many = await client.getMany('cities', { ids: [3, 1, 2] });
    expect(many.data.map((c) => c.id).sort()).toEqual([1, 2, 3]);
  });

  it('creates, updates and deletes a record', async () => {
    const created = await client.create('cities', { data: { name: 'Testville', country: 'GH', admin1: '01' } });
    expect(created.data).toMatchObject({ name: 'Testville', side: 'africa', region: 'Western', version: 1 });
    const updated = await client.update('cities', {
      id: created.data.id,
      data: { ...created.data, contactName: 'Ama Owusu' },
      previousData: created.data,
    });
    expect(updated.data).toMatchObject({ contactName: 'Ama Owusu', version: 2 });
    const deleted = await client.delete('cities', { id: created.data.id, previousData: updated.data });
    expect(deleted.data.id).toBe(created.data.id);
    expect(await api.get('cities', created.data.id)).toBeUndefined();
  });

  it('works through the app data provider too, which sends the version on delete', async () => {
    const provider = createDataProvider();
    const city = await api.create('cities', { name: 'Testville', country: 'GH' });
    await provider.update('cities', { id: city.id, data: { ...city, notes: 'changed elsewhere' }, previousData: city });
    await expect(provider.delete('cities', { id: city.id, previousData: city })).rejects.toMatchObject({ status: 409, message: 'app.error.conflict' });
    expect((await api.get('cities', city.id))?.notes).toBe('changed elsewhere');
  });

  it('asks for a list page without a Range header, which would make the browser refuse compression', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    try {
      const { data, total } = await createDataProvider().getList('cities', { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
      expect(data).toHaveLength(5);
      expect(total).toBeGreaterThan(5);
      const calls = sent.mock.calls.filter(([url]) => String(url instanceof Request ? url.url : url).includes('/api/cities'));
      expect(calls).toHaveLength(1);
      const [input, init] = calls[0]!;
      expect(new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).has('Range')).toBe(false);
    } finally {
      sent.mockRestore();
    }
  });

  it('sends a write made twice while the first is under way once, and answers both (a double click on Save)', async () => {
    const provider = createDataProvider();
    const data = { name: 'Kpalimé', country: 'TG' };
    const [first, second] = await Promise.all([provider.create('cities', { data }), provider.create('cities', { data })]);
    expect(second.data).toEqual(first.data);
    expect((await api.all('cities')).filter((city) => city.name === 'Kpalimé')).toHaveLength(1);

    // Once answered, the same write is sent again, and the server has its say.
    await expect(provider.create('cities', { data })).rejects.toMatchObject({ status: 409, message: 'resources.cities.duplicate.refused' });
  });

  it('keeps the reason the server gives for a conflict, and what it points to', async () => {
    const city = await api.create('cities', { name: 'Testtown', country: 'GH', admin1: '06' });
    await expect(createDataProvider().create('cities', { data: { name: 'TESTTOWN', country: 'GH', admin1: '06' } })).rejects.toMatchObject({
      status: 409,
      message: 'resources.cities.duplicate.refused',
      body: { existingId: city.id },
    });
  });
});
