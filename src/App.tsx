import { lazy, Suspense } from 'react';
import { Admin, Loading, Resource, localStorageStore, type DataProvider, type Store } from 'react-admin';
import { QueryClient } from '@tanstack/react-query';
import { createDataProvider } from './providers/dataProvider';
import { createI18nProvider } from './i18n';
import { Layout } from './components/Layout';
import { theme } from './components/theme';
import cities from './resources/cities';
import partnerships from './resources/partnerships';
import events from './resources/events';
import programs from './resources/programs';

// The dashboard carries recharts: it loads on its own, after the shell.
const DashboardPage = lazy(() => import('./pages/dashboard/Dashboard'));
const Dashboard = () => (
  <Suspense fallback={<Loading />}>
    <DashboardPage />
  </Suspense>
);

export interface AppProps {
  dataProvider?: DataProvider;
  locale?: string;
  queryClient?: QueryClient;
  store?: Store;
}

export function App({
  dataProvider = createDataProvider(),
  locale,
  queryClient,
  store = localStorageStore(undefined, '500in5'),
}: AppProps) {
  return (
    <Admin
      title="500 in 5"
      dataProvider={dataProvider}
      i18nProvider={createI18nProvider(locale)}
      queryClient={queryClient}
      dashboard={Dashboard}
      layout={Layout}
      theme={theme}
      disableTelemetry
      store={store}
    >
      <Resource name="partnerships" {...partnerships} />
      <Resource name="cities" {...cities} />
      <Resource name="events" {...events} />
      <Resource name="programs" {...programs} />
    </Admin>
  );
}
