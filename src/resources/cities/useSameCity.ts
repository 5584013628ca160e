import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { HttpError, useRecordContext } from 'react-admin';
import type { City } from '../../domain';
import { API_URL, httpClient } from '../../providers/dataProvider';
import { useSettledValue } from './useGazetteer';

const SETTLE_MS = 300;

/** The identity the form describes, once typing pauses: null until it names a city in a country. */
function useDescribedCity() {
  const [name, country, admin1, geonameId] = useWatch({ name: ['name', 'country', 'admin1', 'geonameId'] }) as [
    string | undefined,
    string | undefined,
    string | null | undefined,
    number | null | undefined,
  ];
  // On the edit form, the city being edited is not a duplicate of itself.
  const except = useRecordContext<City>()?.id;
  const described =
    name?.trim() && country
      ? { name: name.trim(), country, admin1: admin1 ?? '', geonameId: geonameId ? String(geonameId) : '', ...(except ? { except: String(except) } : {}) }
      : null;
  return useSettledValue(JSON.stringify(described), SETTLE_MS);
}

/**
 * The recorded city that is the one the form describes (decision 015: asked of the server,
 * which holds the one definition), so the form can warn before a duplicate is made.
 */
export function useSameCity(): City | null {
  const described = useDescribedCity();
  const { data } = useQuery({
    queryKey: ['cities', 'same', described],
    queryFn: async () => {
      const params = new URLSearchParams(JSON.parse(described) as Record<string, string>);
      const { json } = await httpClient(`${API_URL}/cities/same?${params}`);
      return (json ?? null) as City | null;
    },
    enabled: described !== 'null',
  });
  return data ?? null;
}

/**
 * A save the server refused as a duplicate (409: a race the warning had not seen yet) asks
 * again, so the form shows the same offer: options for react-admin's create mutation.
 */
export function useAskAgainOnDuplicate() {
  const queryClient = useQueryClient();
  return {
    onSettled: (_data: unknown, error: unknown) => {
      if (error instanceof HttpError && error.status === 409) void queryClient.invalidateQueries({ queryKey: ['cities', 'same'] });
    },
  };
}
