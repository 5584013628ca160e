import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AuRegion, Stage } from '../../domain';
import atlas from './atlas.json';

/** A country of the cut atlas (scripts/cut-atlas.ts): its ISO code, and its AU region for a member state. */
export type Country = Feature<Geometry, { code: string; region?: AuRegion }>;

const topology = atlas as unknown as Topology<{ countries: GeometryCollection<Country['properties']> }>;
export const COUNTRIES = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, Country['properties']>).features;

/** The map's own coordinates: the SVG scales to its container, so one projection serves every width. */
export const MAP_WIDTH = 960;
/**
 * What the map frames: Africa and the contiguous United States. Alaska and Hawaii fall outside
 * and are clipped; their partnerships stay in the tables.
 */
const FRAME: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[-127, 52], [-95, 52], [-67, 47], [-81, 24], [-117, 30], [-19, 37], [54, 12], [35, -37], [17, -37], [10, 38], [33, 33]] },
};

// Turned so the Atlantic sits in the middle and both shores read at their natural shape.
const projection = geoNaturalEarth1().rotate([40, 0]).fitWidth(MAP_WIDTH, FRAME);
const [[, top], [, bottom]] = geoPath(projection).bounds(FRAME);
export const MAP_HEIGHT = Math.ceil(bottom - top);
projection.clipExtent([
  [0, 0],
  [MAP_WIDTH, MAP_HEIGHT],
]);
export const mapPath = geoPath(projection);
export const project = (point: [number, number]) => projection(point);

/**
 * The arc from the US city to the African city: a curve bowed northward on the map. Great
 * circles rise over the North Atlantic, out of the frame.
 */
export function arcPath(us: [number, number], african: [number, number]): string {
  const [from, to] = [project(us), project(african)];
  if (!from || !to) return '';
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const [cx, cy] = [(from[0] + to[0]) / 2 + dy * 0.2, (from[1] + to[1]) / 2 - dx * 0.2];
  return `M${from[0]},${from[1]}Q${cx},${cy} ${to[0]},${to[1]}`;
}

/** One colour per stage: blues that deepen toward a signature, greens once signed, warm and greys for the ways out. */
export const STAGE_COLOURS: Record<Stage, string> = {
  prospect: '#9ecae1',
  interest: '#6baed6',
  exploring: '#4292c6',
  proposal: '#2171b5',
  approvals: '#08519c',
  signed: '#41ab5d',
  active: '#1b7837',
  dormant: '#c2571a',
  ended: '#4a5563',
  closed: '#a3acb7',
};

/** The shades of the AU regions, lightest for none. */
export const REGION_SHADES = ['#f1f3f5', '#dbe8f5', '#a9c8e8', '#6f9ccc', '#3a74b0', '#0b5394'] as const;

/**
 * Count bands: zero, then up to five equal steps to the largest count, each with its shade;
 * the largest count always takes the darkest, so the shading reads the same for 3 or 300.
 */
export function shadeBands(largest: number): Array<{ from: number; to: number; shade: string }> {
  const steps = REGION_SHADES.length - 1;
  const size = Math.max(1, Math.ceil(largest / steps));
  const bands = [{ from: 0, to: 0, shade: REGION_SHADES[0] as string }];
  const count = Math.ceil(largest / size);
  for (let band = 1; band <= count; band++) {
    bands.push({ from: (band - 1) * size + 1, to: Math.min(largest, band * size), shade: REGION_SHADES[Math.ceil((band * steps) / count)]! });
  }
  return bands;
}

/** The shade of a region holding `count` of `largest`. */
export const shadeOf = (count: number, largest: number): string =>
  shadeBands(largest).find((band) => count >= band.from && count <= band.to)?.shade ?? REGION_SHADES[0];
