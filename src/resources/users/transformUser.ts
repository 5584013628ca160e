/**
 * The payload a user form sends: a region only for a coordinator (a role change away from
 * coordinator drops it), and no password when the edit leaves it blank (blank keeps it).
 */
export function transformUser(values: Record<string, unknown>) {
  const { password, ...rest } = values;
  return {
    ...rest,
    region: rest.role === 'coordinator' ? (rest.region ?? null) : null,
    ...(typeof password === 'string' && password !== '' ? { password } : {}),
  };
}
