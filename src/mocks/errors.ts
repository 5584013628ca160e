import type { z } from 'zod';

/** A refusal the mock API answers with `{ message, errors? }` and the given status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** 400 with field errors in react-admin's shape: one translation key per field. */
export const invalid = (errors: Record<string, string>) => new ApiError(400, 'app.error.invalid', errors);

export const notFound = () => new ApiError(404, 'ra.notification.item_doesnt_exist');

/** Parses `input` with a domain schema, or throws the schema's messages keyed by top-level field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_');
    errors[field] ??= issue.message;
  }
  throw invalid(errors);
}
