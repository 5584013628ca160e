import { useSignedInUser } from '../../components/useSignedInUser';
import { workListFilter, type AuRegion, type WorkListKey } from '../../domain';

/** The list page a work list opens: its resource with the work list's filter in the address. */
export function workListPath(key: WorkListKey, scope: { userId: number; region?: AuRegion | null }): string {
  const { resource, filter } = workListFilter(key, scope);
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

/**
 * The paths of the work lists for the signed-in user ("mine" is theirs), in one AU region or
 * all. Undefined until the user is known.
 */
export function useWorkListPath(): ((key: WorkListKey, region: AuRegion | null) => string) | undefined {
  const { user } = useSignedInUser();
  if (!user) return undefined;
  return (key, region) => workListPath(key, { userId: user.id, region });
}
