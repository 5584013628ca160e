import { AU_REGIONS, FOCUS_AREAS, STAGES } from '../../src/domain';
import { createRandom, type Random } from '../../src/domain/seed/random';
import { FAST_BUDGET, FETCH_ALL_BUDGET, LOAD_SEED, MIXED_BUDGET, SLOW_BUDGET, type Budget } from './config';
import { matchKey, type DatasetFacts } from './facts';

export type Side = 'server' | 'json-server';

export interface ScenarioSpec {
  key: string;
  on: Side;
  label: string;
  /** The path of the i-th request, drawn from the data's facts. */
  pathOf: (facts: DatasetFacts) => (index: number) => string;
  budget: Budget;
  /** Two clients save partnerships while it runs; their saves are reported under `<key>.saves`. */
  withSaves?: boolean;
  note?: string;
}

const PAGE = 25;
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const NEWEST_FIRST = q(['updatedAt', 'DESC']);

/** A draw of its own for each request number, so request i is the same in every run and on every target. */
export const drawFor = (purpose: number, index: number): Random => createRandom((LOAD_SEED + Math.imul(purpose, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca6b)) >>> 0);

/** One list page a coordinator might open. */
export interface PageDraw {
  stage: string;
  region: string;
  focusArea: string | null;
  search: string | null;
  start: number;
}

/** A piece of three or more letters of one word of a city's name, or now and then of a next step. */
function searchOf(random: Random, facts: DatasetFacts): string {
  const text = random.chance(0.75) || facts.nextSteps.length === 0 ? random.pick(facts.cityNames) : random.pick(facts.nextSteps);
  const words = text.split(/[\s\-'’]+/).filter((word) => word.length >= 3);
  const word = words.length ? random.pick(words) : text;
  const length = random.int(Math.min(3, word.length), Math.min(6, word.length));
  const from = random.int(0, word.length - length);
  return word.slice(from, from + length);
}

/**
 * Issue 12's mixed list load: a random stage × region, a quarter of them with a focus area, one
 * in twenty with a text search, at a random page of what the filter matches (a search's first page).
 */
export function randomPage(facts: DatasetFacts, index: number): PageDraw {
  const random = drawFor(1, index);
  const stage = random.pick(STAGES);
  const region = random.pick(AU_REGIONS);
  const focusArea = random.chance(0.25) ? random.pick(FOCUS_AREAS) : null;
  const search = random.chance(0.05) ? searchOf(random, facts) : null;
  const matches = facts.matches.get(matchKey(stage, region, focusArea)) ?? 0;
  const pages = search === null ? Math.max(1, Math.ceil(matches / PAGE)) : 1;
  return { stage, region, focusArea, search, start: random.int(0, pages - 1) * PAGE };
}

export function serverPagePath({ stage, region, focusArea, search, start }: PageDraw): string {
  const filter = { stage, region, ...(focusArea ? { focusAreas: [focusArea] } : {}), ...(search ? { q: search } : {}) };
  return `/api/partnerships?filter=${q(filter)}&sort=${NEWEST_FIRST}&range=${q([start, start + PAGE - 1])}`;
}

/** The same page asked of json-server: `_like` finds an area in the list; its `q` looks through every field. */
export function jsonServerPagePath({ stage, region, focusArea, search, start }: PageDraw): string {
  const extra = `${focusArea ? `&focusAreas_like=${focusArea}` : ''}${search ? `&q=${encodeURIComponent(search)}` : ''}`;
  return `/partnerships?stage=${stage}&region=${region}${extra}&_sort=updatedAt&_order=desc&_start=${start}&_end=${start + PAGE}`;
}

/** The list a team keeps open: proposal + Western first (the cold request and the query plans), then the other stage × region pairs, always their first page. */
const FIXED_FILTERS = [
  { stage: 'proposal', region: 'Western' },
  ...STAGES.flatMap((stage) => AU_REGIONS.map((region) => ({ stage, region }))).filter((f) => !(f.stage === 'proposal' && f.region === 'Western')),
];
export const fixedPage = (index: number): PageDraw => ({ ...FIXED_FILTERS[index % FIXED_FILTERS.length]!, focusArea: null, search: null, start: 0 });

export const progressPath = (index: number) => (index % 2 === 0 ? '/api/stats/progress' : `/api/stats/progress?region=${AU_REGIONS[(index >> 1) % AU_REGIONS.length]}`);
export const byIdPath = (facts: DatasetFacts) => (index: number) => `/api/partnerships/${drawFor(2, index).int(1, facts.size)}`;
/** The cheapest signed-in route: the session look-up every request makes, and a few fields of JSON. */
export const FLOOR_PATH = '/api/auth/me';

export const SCENARIOS: ScenarioSpec[] = [
  { key: 'listPage', on: 'server', label: 'list page, the same 50 filters again (kept answers)', pathOf: () => (i) => serverPagePath(fixedPage(i)), budget: FAST_BUDGET },
  { key: 'randomPage', on: 'server', label: 'random filtered page', pathOf: (facts) => (i) => serverPagePath(randomPage(facts, i)), budget: FAST_BUDGET },
  {
    key: 'readsDuringSaves',
    on: 'server',
    label: 'the same reads while 2 clients save',
    pathOf: (facts) => (i) => serverPagePath(randomPage(facts, i)),
    budget: MIXED_BUDGET,
    withSaves: true,
  },
  { key: 'progress', on: 'server', label: 'progress figures (half of them for a region)', pathOf: () => progressPath, budget: FAST_BUDGET },
  { key: 'progressDuringSaves', on: 'server', label: 'progress figures while 2 clients save', pathOf: () => progressPath, budget: MIXED_BUDGET, withSaves: true },
  { key: 'byId', on: 'server', label: 'one partnership by id (random ids)', pathOf: byIdPath, budget: FAST_BUDGET },
  { key: 'floor', on: 'server', label: `floor: GET ${FLOOR_PATH}`, pathOf: () => () => FLOOR_PATH, budget: FAST_BUDGET },
  { key: 'listPage', on: 'json-server', label: 'list page (same query)', pathOf: () => (i) => jsonServerPagePath(fixedPage(i)), budget: SLOW_BUDGET },
  { key: 'randomPage', on: 'json-server', label: 'random filtered page (same draws)', pathOf: (facts) => (i) => jsonServerPagePath(randomPage(facts, i)), budget: SLOW_BUDGET },
  {
    key: 'progress',
    on: 'json-server',
    label: 'GET /partnerships (all)',
    pathOf: () => () => '/partnerships',
    budget: FETCH_ALL_BUDGET,
    note: 'json-server has no aggregate endpoint: a naive client fetches every partnership to compute the figures',
  },
];
