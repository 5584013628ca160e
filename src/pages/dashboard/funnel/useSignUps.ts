import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SignUps, SignUpsParams } from '../../../domain';
import { API_URL, httpClient } from '../../../providers/dataProvider';

/** GET /api/stats/signUps with the parts of the scope given (the API's defaults for the rest). */
async function fetchSignUps(params: SignUpsParams): Promise<SignUps> {
  const given = Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  const { json } = await httpClient(`${API_URL}/stats/signUps${given.length > 0 ? `?${new URLSearchParams(given)}` : ''}`);
  return json as SignUps;
}

/**
 * The sign-ups of the funnel's period and the dashboard's region, under their own key: they
 * load and fail apart from the funnel. While another period loads, the previous answer stays.
 */
export function useSignUps(params: SignUpsParams) {
  return useQuery({
    queryKey: ['stats', 'signUps', params],
    queryFn: () => fetchSignUps(params),
    placeholderData: keepPreviousData,
  });
}
