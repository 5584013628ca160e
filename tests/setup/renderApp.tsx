import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { memoryStore } from 'react-admin';
import { App } from '../../src/App';
import { createDataProvider } from '../../src/providers/dataProvider';

/**
 * Renders the whole app at `path` (e.g. '/partnerships/3/show') against whatever answers
 * `/api` — in tests, the MSW mock API. Each call gets its own cache and store.
 */
export function renderApp(path = '/', { locale = 'en' }: { locale?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App dataProvider={createDataProvider()} locale={locale} queryClient={queryClient} store={memoryStore()} />
    </MemoryRouter>,
  );
}
