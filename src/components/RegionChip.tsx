import type { ChipProps } from '@mui/material';
import { AU_REGIONS, US_REGIONS, type AuRegion, type UsRegion } from '../domain';
import { EnumChipField } from './EnumChip';

type Region = AuRegion | UsRegion;

/** AU regions in the primary colour, US Census regions in the secondary one: the side shows at a glance. */
const REGION_COLORS = Object.fromEntries([
  ...AU_REGIONS.map((region) => [region, 'primary']),
  ...US_REGIONS.map((region) => [region, 'secondary']),
]) as Record<Region, ChipProps['color']>;
const ALL_REGIONS: readonly Region[] = [...AU_REGIONS, ...US_REGIONS];

/** The record's AU or US Census region (`source`, default `region`), translated, as a quiet chip. */
export const RegionChip = ({ source = 'region' }: { source?: string }) => (
  <EnumChipField source={source} group="region" colors={REGION_COLORS} outlined={ALL_REGIONS} />
);
