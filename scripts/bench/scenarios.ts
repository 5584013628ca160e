import { AU_REGIONS } from '../../src/domain';
import { FAST_BUDGET, FETCH_ALL_BUDGET, SLOW_BUDGET, type Budget } from './config';

export type Target = 'server' | 'json-server';

export interface ScenarioSpec {
  key: string;
  target: Target;
  label: string;
  /** The path of the i-th request, for the given origin. */
  pathOf: (index: number) => string;
  budget: Budget;
  /** Which target of issue 3 applies to it, if any. */
  targetMs?: 'listP99Ms' | 'statsP99Ms';
  note?: string;
}

/** The stages a list is usually filtered by (the open pipeline), crossed with the regions. */
const PIPELINE_STAGES = ['prospect', 'interest', 'exploring', 'proposal', 'approvals', 'signed', 'active'];
// proposal + Western first: the cold request and the query plans use the example.
const FILTERS = [
  { stage: 'proposal', region: 'Western' },
  ...PIPELINE_STAGES.flatMap((stage) => AU_REGIONS.map((region) => ({ stage, region }))).filter(
    (f) => !(f.stage === 'proposal' && f.region === 'Western'),
  ),
];
const filterOf = (index: number) => FILTERS[index % FILTERS.length]!;
const regionOf = (index: number) => AU_REGIONS[index % AU_REGIONS.length]!;

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

export const serverListPath = (index: number) =>
  `/api/partnerships?filter=${q(filterOf(index))}&sort=${q(['updatedAt', 'DESC'])}&range=${q([0, 24])}`;
export const jsonServerListPath = (index: number) => {
  const { stage, region } = filterOf(index);
  return `/partnerships?stage=${stage}&region=${region}&_sort=updatedAt&_order=desc&_start=0&_end=25`;
};
/**
 * The same lists, each request a different page (the first 40 of each filter, 1,400 URLs in
 * turn): more than the server keeps, so every page is read from the database and serialised.
 */
export const LIST_PAGES_PER_FILTER = 40;
export const serverPagedListPath = (index: number) => {
  const page = Math.floor(index / FILTERS.length) % LIST_PAGES_PER_FILTER;
  return `/api/partnerships?filter=${q(filterOf(index))}&sort=${q(['updatedAt', 'DESC'])}&range=${q([page * 25, page * 25 + 24])}`;
};
export const statsPath = () => '/api/stats/progress';
export const statsRegionPath = (index: number) => `/api/stats/progress?region=${regionOf(index)}`;

export const SCENARIOS: ScenarioSpec[] = [
  {
    key: 'server.list',
    target: 'server',
    label: 'list page (stage+region, updatedAt DESC, 25)',
    pathOf: serverListPath,
    budget: FAST_BUDGET,
    targetMs: 'listP99Ms',
  },
  {
    key: 'server.listPaged',
    target: 'server',
    label: 'list, a new page each time (nothing kept)',
    pathOf: serverPagedListPath,
    budget: FAST_BUDGET,
    targetMs: 'listP99Ms',
  },
  { key: 'server.stats', target: 'server', label: 'GET /api/stats/progress', pathOf: statsPath, budget: FAST_BUDGET, targetMs: 'statsP99Ms' },
  {
    key: 'server.statsRegion',
    target: 'server',
    label: 'GET /api/stats/progress?region=…',
    pathOf: statsRegionPath,
    budget: FAST_BUDGET,
    targetMs: 'statsP99Ms',
  },
  { key: 'json-server.list', target: 'json-server', label: 'list page (same query)', pathOf: jsonServerListPath, budget: SLOW_BUDGET },
  {
    key: 'json-server.all',
    target: 'json-server',
    label: 'GET /partnerships (all)',
    pathOf: () => '/partnerships',
    budget: FETCH_ALL_BUDGET,
    note: 'json-server has no aggregate endpoint: a naive client fetches every partnership to compute the stats',
  },
];
