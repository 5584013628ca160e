// @vitest-environment node
/**
 * The forecast (decision 027): the database's aggregates equal forecastInputFrom, the domain's
 * reference builder, on the demo data as of today and as of a past day; GET /api/stats/forecast
 * equals the domain's forecast of the same data for all of Africa and each region, counts today
 * what the progress figures count, refuses an unknown region and answers every role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AU_REGIONS, DEFAULT_SETTINGS, forecastInputFrom, forecastsFrom, type AuRegion, type Forecast } from '../../src/domain';
import { generateSeed, type SeedData } from '../../src/domain/seed';
import { initiativeCities } from '../../scripts/gazetteer';
import { seedDatabase } from '../../server/db/seed';
import { forecastInputOf } from '../../server/resources/stats/forecastRepository';
import { postgresUnavailable } from './backends';
import { describeContract } from './contract';
import { postgresDatabase, sqliteDatabase, type Handle, type ServerDatabase } from './databases';
import { partnershipViews, TODAY } from './dataset';

const gazetteer = initiativeCities();
let demo: SeedData | undefined;
const demoData = () => (demo ??= generateSeed({ gazetteer, today: TODAY }));
const inputOn = (day: string) => forecastInputFrom(partnershipViews(demoData()), DEFAULT_SETTINGS, day);
let expected: Map<AuRegion | null, Forecast> | undefined;
const expectedForecast = (region: AuRegion | null) => (expected ??= forecastsFrom(inputOn(TODAY), DEFAULT_SETTINGS)).get(region)!;

const REGIONS: Array<AuRegion | null> = [null, ...AU_REGIONS];
const forecastPath = (region: AuRegion | null) => `/api/stats/forecast${region ? `?region=${region}` : ''}`;
const PAST_DAY = '2025-06-30';

const databases: Array<[string, () => Promise<ServerDatabase>, string | null]> = [
  ['sqlite', async () => sqliteDatabase(), null],
  ['postgres', () => postgresDatabase(process.env.TEST_DATABASE_URL!), postgresUnavailable()],
];

for (const [name, open, missing] of databases) {
  describe.skipIf(missing !== null)(`the forecast's aggregates [${name}]${missing === null ? '' : ` skipped: ${missing}`}`, () => {
    let database: ServerDatabase | undefined;
    let handle: Handle | undefined;
    beforeAll(async () => {
      database = await open();
      handle = await database.prepare();
      await seedDatabase(handle, demoData());
    });
    afterAll(async () => database?.close());

    it.each([TODAY, PAST_DAY])('as of %s: the SQL gives what forecastInputFrom gives', async (day) => {
      const fromSql = await forecastInputOf(handle!.db, DEFAULT_SETTINGS, day);
      expect(fromSql).toEqual(inputOn(day));
      expect(fromSql.spells.length).toBeGreaterThan(0);
    });
  });
}

describeContract('the forecast', { data: demoData, reset: 'once', gazetteer }, ({ api }) => {
  it.each(REGIONS)('region %s: the domain\'s forecast of the same data', async (region) => {
    const response = await api().request('GET', forecastPath(region));
    expect(response.status).toBe(200);
    expect(response.json).toEqual(expectedForecast(region));
  });

  it.each(REGIONS)('region %s: counts today what the progress figures count', async (region) => {
    const [forecast, progress] = await Promise.all([
      api().request('GET', forecastPath(region)),
      api().request('GET', `/api/stats/progress${region ? `?region=${region}` : ''}`),
    ]);
    expect(forecast.json.countedNow).toBe(progress.json.counted);
    expect(forecast.json.path[0]).toMatchObject({ median: progress.json.counted, p5: progress.json.counted, p95: progress.json.counted });
  });

  it('refuses an unknown region', async () => {
    const response = await api().request('GET', '/api/stats/forecast?region=Atlantis');
    expect(response.status).toBe(400);
    expect(response.json.errors).toEqual({ region: 'app.validation.choice' });
  });

  it.each([1, 2, 6, 11])('user %i may read it, and nobody signed out may', async (userId) => {
    expect((await api().as(userId).request('GET', forecastPath('Western'))).status).toBe(200);
    expect((await api().as(null).request('GET', forecastPath(null))).status).toBe(401);
  });
});
