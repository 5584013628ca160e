import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { memoryStore } from 'react-admin';
import { App } from '../../src/App';
import { createAuthProvider } from '../../src/providers/authProvider';
import { createDataProvider } from '../../src/providers/dataProvider';

/**
 * Renders the whole app at `path` (e.g. '/partnerships/3/show') against whatever answers
 * `/api` — in tests, the MSW mock API, which decides who is signed in (useMockApi's
 * `signedInAs`). The real authProvider asks it, so the UI offers what that role may do.
 * Each call gets its own cache, store and sign-in memory.
 */
export function renderApp(path = '/', { locale = 'en' }: { locale?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App
        dataProvider={createDataProvider()}
        authProvider={createAuthProvider()}
        locale={locale}
        queryClient={queryClient}
        store={memoryStore()}
      />
    </MemoryRouter>,
  );
}
