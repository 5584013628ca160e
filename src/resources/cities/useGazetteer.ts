import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Side } from '../../domain';
import type { GazetteerCity } from '../../domain/seed';
import { API_URL, httpClient } from '../../providers/dataProvider';

/** A city of the GeoNames gazetteer as GET /api/gazetteer returns it. */
export interface GazetteerMatch extends GazetteerCity {
  /** The city of the initiative's list with this GeoNames id, when there is one. */
  cityId?: number | null;
}

/** A city already listed is opened, not added twice. */
export const alreadyListed = (city: GazetteerMatch) => typeof city.cityId === 'number';

export const MIN_LOOKUP_LENGTH = 2;
const LOOKUP_DELAY_MS = 250;

/** `value` once it has stopped changing for `delay` ms: one request per pause in typing. */
export function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * Cities of the gazetteer matching `text` on one side. The gazetteer is no react-admin
 * resource (it is read-only and never paginated), so it is queried directly.
 */
export function useGazetteer(text: string, side: Side) {
  const query = useSettledValue(text.trim(), LOOKUP_DELAY_MS);
  const enabled = query.length >= MIN_LOOKUP_LENGTH;
  const result = useQuery({
    queryKey: ['gazetteer', side, query],
    queryFn: async () => {
      const params = new URLSearchParams({ q: query, side });
      const { json } = await httpClient(`${API_URL}/gazetteer?${params}`);
      return json as GazetteerMatch[];
    },
    enabled,
    staleTime: Infinity,
  });
  return { ...result, enabled, settled: query === text.trim() };
}
