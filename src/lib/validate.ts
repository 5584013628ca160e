import type { z } from 'zod';
import { validationKeyOf } from '../domain/validationKey';

type Errors = Record<string, unknown>;

function setPath(target: Errors, path: PropertyKey[], message: string) {
  let node = target;
  path.forEach((key, index) => {
    const name = String(key);
    if (index === path.length - 1) {
      node[name] ??= message;
      return;
    }
    node[name] = (node[name] as Errors | undefined) ?? {};
    node = node[name] as Errors;
  });
}

/**
 * A react-admin form `validate` function from a domain schema: the form checks exactly what
 * the API checks. Messages are translation keys (app.validation.*), shown next to the field,
 * read from each issue as the API reads them (decision 020).
 */
export function validateWith<S extends z.ZodType>(schema: S) {
  return (values: Record<string, unknown>): Errors => {
    const result = schema.safeParse(values, { reportInput: true });
    if (result.success) return {};
    const errors: Errors = {};
    for (const issue of result.error.issues) {
      if (issue.path.length > 0) setPath(errors, issue.path, validationKeyOf(issue));
    }
    return errors;
  };
}
