import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import type { AuRegion, BulkItem, BulkResult, BulkSet, MatchesAnswer, MatchesParams, PartnershipMap, ProgressStats, StageTotals, WorkCounts } from '../domain';
import type { Forecast } from '../domain/forecast/types';
import type { Funnel, FunnelParams } from '../domain/funnel';
import { isMessageKey } from '../domain/validationKey';

export const API_URL = '/api';

type Answer = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;
const writesUnderWay = new Map<string, Promise<Answer>>();

/**
 * Sends cookies, asks for JSON; a network failure becomes an HttpError the UI can show. A write
 * identical to one still under way (a double click on Save, before the button could turn
 * itself off) shares that one's answer instead of being sent twice.
 */
export function httpClient(url: string, options: fetchUtils.Options = {}): Promise<Answer> {
  const method = (options.method ?? 'GET').toUpperCase();
  if (method === 'GET') return send(url, options);
  const key = `${method} ${url} ${typeof options.body === 'string' ? options.body : ''}`;
  const underWay = writesUnderWay.get(key);
  if (underWay) return underWay;
  const answer = send(url, options).finally(() => writesUnderWay.delete(key));
  writesUnderWay.set(key, answer);
  return answer;
}

async function send(url: string, options: fetchUtils.Options): Promise<Answer> {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  // The range is in the query string; with a Range header the browser asks for the body
  // uncompressed (Accept-Encoding: identity), and a list page would cross the wire uncompressed.
  headers.delete('Range');
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof HttpError) throw error.status === 409 ? conflict(error) : error;
    throw new HttpError('app.error.network', 0, { message: 'app.error.network' });
  }
}

export interface AppDataProvider extends DataProvider {
  getProgress(params: { region?: AuRegion | null }): Promise<ProgressStats>;
  /** Sets the same fields on the partnerships selected, each row its own versioned write. */
  bulkUpdatePartnerships(params: { items: BulkItem[]; set: BulkSet }): Promise<BulkResult>;
  /** The signed-in user's work lists' counts, in one AU region or all. */
  getWorkCounts(params: { region?: AuRegion | null }): Promise<WorkCounts>;
  /** The board's column totals for a partnerships list filter (its stage condition ignored). */
  getStageTotals(params: { filter?: Record<string, unknown> }): Promise<StageTotals>;
  /** The partnership map of a partnerships list filter (decision 029). */
  getMap(filter: Record<string, unknown>): Promise<PartnershipMap>;
  /** The stage funnel of the stays begun in a period, in one AU region and cohort or all (decision 028). */
  getFunnel(params: FunnelParams): Promise<Funnel>;
  /** Where the count is likely to land at the window's end, for all of Africa (null) or one AU region (decision 027). */
  getForecast(region: AuRegion | null): Promise<Forecast>;
  /** The cities of the other side suggested for a city or an inquiry, best first (GET /api/matches). */
  getMatches(params: MatchesParams): Promise<MatchesAnswer>;
}

/**
 * ra-data-simple-rest against our API, unchanged but for two things it has no words for:
 * a delete carries the record's version (If-Match) so a stale delete is refused, and the
 * dashboard, the work lists and the board ask for their aggregates in one call each.
 */
export function createDataProvider(apiUrl = API_URL): AppDataProvider {
  const base = simpleRestProvider(apiUrl, httpClient);
  return {
    ...base,
    delete: async (resource, params) => {
      const version = params.previousData?.version;
      const { json } = await httpClient(`${apiUrl}/${resource}/${encodeURIComponent(params.id)}`, {
        method: 'DELETE',
        headers: new Headers({
          Accept: 'application/json',
          ...(version !== undefined ? { 'If-Match': `"${version}"` } : {}),
        }),
      });
      return { data: json ?? params.previousData };
    },
    getProgress: async ({ region }) => {
      const query = region ? `?region=${encodeURIComponent(region)}` : '';
      const { json } = await httpClient(`${apiUrl}/stats/progress${query}`);
      return json as ProgressStats;
    },
    bulkUpdatePartnerships: async ({ items, set }) => {
      const { json } = await httpClient(`${apiUrl}/partnerships/bulk`, { method: 'POST', body: JSON.stringify({ items, set }) });
      return json as BulkResult;
    },
    getWorkCounts: async ({ region }) => {
      const query = region ? `?region=${encodeURIComponent(region)}` : '';
      const { json } = await httpClient(`${apiUrl}/work${query}`);
      return json as WorkCounts;
    },
    getStageTotals: async ({ filter }) => {
      const { json } = await httpClient(`${apiUrl}/stats/stages?filter=${encodeURIComponent(JSON.stringify(filter ?? {}))}`);
      return json as StageTotals;
    },
    getMap: async (filter) => {
      const { json } = await httpClient(`${apiUrl}/stats/map?filter=${encodeURIComponent(JSON.stringify(filter))}`);
      return json as PartnershipMap;
    },
    getFunnel: async (params) => {
      const given = Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
      const { json } = await httpClient(`${apiUrl}/stats/funnel${given.length > 0 ? `?${new URLSearchParams(given)}` : ''}`);
      return json as Funnel;
    },
    getForecast: async (region) => {
      const { json } = await httpClient(`${apiUrl}/stats/forecast${region ? `?region=${encodeURIComponent(region)}` : ''}`);
      return json as Forecast;
    },
    getMatches: async (params) => {
      const given = Object.entries(params).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
      const { json } = await httpClient(`${apiUrl}/matches?${new URLSearchParams(given.map(([key, value]) => [key, String(value)]))}`);
      return json as MatchesAnswer;
    },
  };
}

/** A 409 says why when the server names it (a city already recorded, a user still in use), else a plain "changed meanwhile". */
const conflict = (error: HttpError) => new HttpError(isMessageKey(error.message) ? error.message : 'app.error.conflict', 409, error.body);
