import { useMemo } from 'react';
import { usePermissions } from 'react-admin';
import type { SignedInUser } from '../providers/authProvider';

/**
 * Who is signed in, as the authProvider's getPermissions gives it (asked once, then cached).
 * `user` is undefined while the answer is pending.
 */
export function useSignedInUser() {
  const { permissions, isPending } = usePermissions<SignedInUser | null>();
  return { user: permissions ?? undefined, isPending };
}

/** The AU region a coordinator's lists and dashboard open on; null for everyone else. */
export function useHomeRegion() {
  const { user, isPending } = useSignedInUser();
  return { region: user?.role === 'coordinator' ? user.region : null, isPending };
}

/**
 * A list's filterDefaultValues for a coordinator: their region under `source` (an array for a
 * `regions` list field, "any of"). The list waits for `isPending` so its first request is
 * already the filtered one.
 */
export function useRegionFilterDefaults(source: 'region' | 'regions') {
  const { region, isPending } = useHomeRegion();
  const filterDefaultValues = useMemo(
    () => (region ? { [source]: source === 'regions' ? [region] : region } : undefined),
    [region, source],
  );
  return { filterDefaultValues, isPending };
}
