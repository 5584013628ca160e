import type { AuRegion } from './regions';
import type { Stage } from './stages';

/** The most partnerships GET /api/stats/map draws: beyond it the page says "showing N of total". */
export const MAP_ARC_CAP = 3000;

/**
 * One partnership as the map draws it, a tuple to keep the answer small:
 * [id, stage, AU region, African city, its lng, its lat, US city, its lng, its lat].
 * A city without coordinates has null for both.
 */
export type MapArc = [
  id: number,
  stage: Stage,
  region: AuRegion,
  africanCity: string,
  africanLng: number | null,
  africanLat: number | null,
  usCity: string,
  usLng: number | null,
  usLat: number | null,
];

/** GET /api/stats/map?filter=: the partnerships of a list filter (the first MAP_ARC_CAP by id), and counts over all of them. */
export interface PartnershipMap {
  total: number;
  cap: number;
  byRegion: Record<AuRegion, number>;
  arcs: MapArc[];
}

const at = (lng: number | null, lat: number | null): [number, number] | null => (lng === null || lat === null ? null : [lng, lat]);

/** A MapArc by name, for the page. */
export function readArc([id, stage, region, africanCity, africanLng, africanLat, usCity, usLng, usLat]: MapArc) {
  return { id, stage, region, africanCity, usCity, african: at(africanLng, africanLat), us: at(usLng, usLat) };
}
export type MapPartnership = ReturnType<typeof readArc>;
