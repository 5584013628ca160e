/**
 * The translation key of a refused write of a view: the first field error the API named
 * (the filter, the name), else its message.
 */
export function refusalOf(error: unknown): string {
  const { message, body } = (error ?? {}) as { message?: string; body?: { errors?: Record<string, string> } };
  const [fieldError] = Object.values(body?.errors ?? {});
  return fieldError ?? message ?? 'app.error.server';
}
