/**
 * Cuts the map's topology (decision 029): the AU member states and the United States from
 * Natural Earth's 1:50m countries (world-atlas; the 1:110m file lacks five island states),
 * on a coarser grid, written to src/pages/map/atlas.json. Run with `npm run atlas`.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Arc, GeometryObject, Topology } from 'topojson-specification';
import { AU_COUNTRY_CODES, regionOf } from '../src/domain/regions.ts';

/**
 * ISO 3166-1 numeric code of each AU member state and the US, which world-atlas uses as ids.
 * Source: UN Statistics Division, Standard country or area codes (M49),
 * https://unstats.un.org/unsd/methodology/m49/overview/ (the ISO numeric codes).
 */
const NUMERIC_CODES: Record<string, string> = {
  AO: '024', BF: '854', BI: '108', BJ: '204', BW: '072', CD: '180', CF: '140', CG: '178', CI: '384',
  CM: '120', CV: '132', DJ: '262', DZ: '012', EG: '818', EH: '732', ER: '232', ET: '231', GA: '266',
  GH: '288', GM: '270', GN: '324', GQ: '226', GW: '624', KE: '404', KM: '174', LR: '430', LS: '426',
  LY: '434', MA: '504', MG: '450', ML: '466', MR: '478', MU: '480', MW: '454', MZ: '508', NA: '516',
  NE: '562', NG: '566', RW: '646', SC: '690', SD: '729', SL: '694', SN: '686', SO: '706', SS: '728',
  ST: '678', SZ: '748', TD: '148', TG: '768', TN: '788', TZ: '834', UG: '800', ZA: '710', ZM: '894',
  ZW: '716', US: '840',
};
/** Natural Earth draws Somaliland apart, without an ISO code; the AU member state is Somalia. */
const NAMED_PARTS: Record<string, string> = { Somaliland: 'SO' };
/** The grid the output snaps to, in degrees: about 5 km, finer than a pixel at full width. */
const GRID = 0.05;
const OUTPUT = 'src/pages/map/atlas.json';

type Geometry = GeometryObject & { arcs?: unknown; properties?: { name?: string } };
type Point = [number, number];

const require = createRequire(import.meta.url);
const world = require('world-atlas/countries-50m.json') as Topology;
const byNumeric = new Map(Object.entries(NUMERIC_CODES).map(([code, numeric]) => [numeric, code]));
const codeOf = (geometry: Geometry) => byNumeric.get(String(geometry.id)) ?? NAMED_PARTS[geometry.properties?.name ?? ''];

/** Arc indexes are ~i for an arc walked backwards; nested once per polygon, twice per multipolygon. */
const arcIndexes = (arcs: unknown): number[] => (Array.isArray(arcs) ? arcs.flatMap(arcIndexes) : [arcs as number]);
const remapArcs = (arcs: unknown, index: Map<number, number>): unknown =>
  Array.isArray(arcs) ? arcs.map((inner) => remapArcs(inner, index)) : (arcs as number) < 0 ? ~index.get(~(arcs as number))! : index.get(arcs as number)!;

/** An arc in degrees, from world-atlas's delta-encoded quantized positions. */
function decode(arc: Arc): Point[] {
  const [[sx, sy], [tx, ty]] = [world.transform!.scale, world.transform!.translate];
  let [x, y] = [0, 0];
  return arc.map(([dx, dy]) => {
    [x, y] = [x + dx!, y + dy!];
    return [x * sx + tx, y * sy + ty];
  });
}

/** An arc snapped to the grid, points that fall on the same cell dropped, delta-encoded again. */
function encode(points: Point[], origin: Point): Arc {
  const cells = points.map(([lng, lat]): Point => [Math.round((lng - origin[0]) / GRID), Math.round((lat - origin[1]) / GRID)]);
  const kept = cells.filter((cell, i) => i === 0 || i === cells.length - 1 || cell[0] !== cells[i - 1]![0] || cell[1] !== cells[i - 1]![1]);
  return kept.map((cell, i) => (i === 0 ? cell : [cell[0] - kept[i - 1]![0], cell[1] - kept[i - 1]![1]]));
}

const countries = (world.objects.countries as { geometries: Geometry[] }).geometries.filter((geometry) => codeOf(geometry));
const missing = [...AU_COUNTRY_CODES, 'US'].filter((code) => !countries.some((geometry) => codeOf(geometry) === code));
if (missing.length > 0) throw new Error(`No shape for ${missing.join(', ')}`);

const used = [...new Set(countries.flatMap((geometry) => arcIndexes(geometry.arcs).map((i) => (i < 0 ? ~i : i))))].sort((a, b) => a - b);
const newIndex = new Map(used.map((old, i) => [old, i]));
const origin: Point = [-180, -90];
const topology = {
  type: 'Topology',
  transform: { scale: [GRID, GRID], translate: origin },
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: countries.map((geometry) => {
        const code = codeOf(geometry)!;
        const region = code === 'US' ? undefined : regionOf(code);
        return { type: geometry.type, arcs: remapArcs(geometry.arcs, newIndex), properties: { code, ...(region ? { region } : {}) } };
      }),
    },
  },
  arcs: used.map((old) => encode(decode(world.arcs[old]!), origin)),
};

/** A polygon small enough to turn inside out on the grid would cover the globe: it is dropped (a few US islets). */
const insideOut = (arcs: unknown) => geoArea(feature(topology as unknown as Topology, { type: 'Polygon', arcs } as never)) > 2 * Math.PI;
for (const geometry of topology.objects.countries.geometries) {
  if (geometry.type === 'MultiPolygon') geometry.arcs = (geometry.arcs as unknown[]).filter((polygon) => !insideOut(polygon));
  else if (insideOut(geometry.arcs)) throw new Error(`The shape of ${geometry.properties.code} turns inside out on the grid.`);
}
const text = JSON.stringify(topology);
writeFileSync(OUTPUT, `${text}\n`);
console.info(`${OUTPUT}: ${countries.length} shapes, ${used.length} arcs, ${text.length} bytes`);
