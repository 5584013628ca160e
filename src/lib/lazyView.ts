import { lazy, type ComponentType } from 'react';

/**
 * A page that loads its code when first shown (react-admin's layout suspends while it does):
 * the first load carries the shell, not every form and list of the app.
 */
export function lazyView<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
