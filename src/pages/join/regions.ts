/**
 * The domain's regions module carries its data files (3.5 KB gzip): the page loads it only once
 * a visitor says where their city is, for the partner regions and the country and state lists.
 * A failed load is tried again at the next need.
 */
let loading: Promise<typeof import('../../domain/regions')> | undefined;

export function loadRegions(): Promise<typeof import('../../domain/regions')> {
  loading ??= import('../../domain/regions').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
