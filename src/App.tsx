import { lazy, Suspense, useState } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Loading, Resource, localStorageStore, type AuthProvider, type DataProvider, type Store } from 'react-admin';
import { QueryClient } from '@tanstack/react-query';
import { createDataProvider } from './providers/dataProvider';
import { createAuthProvider } from './providers/authProvider';
import { createI18nProvider } from './i18n';
import { Layout } from './components/Layout';
import { theme } from './components/theme';
import { LoginPage } from './pages/login/LoginPage';
import cities from './resources/cities';
import partnerships from './resources/partnerships';
import events from './resources/events';
import programs from './resources/programs';
import users from './resources/users';
import audit from './resources/audit';
import { lazyView } from './lib/lazyView';

// The homes, the work lists and the progress dashboard (recharts) load on their own, after the shell.
const HomePage = lazy(() => import('./pages/home/Home'));
const DashboardPage = lazy(() => import('./pages/dashboard/Dashboard'));
const WorkPage = lazy(() => import('./pages/work/WorkPage'));
// The import page carries papaparse for its report: it loads when opened.
const ImportPage = lazy(() => import('./pages/import/ImportPage'));
// The board carries the drag-and-drop library: it loads when opened.
const BoardPage = lazy(() => import('./pages/board/BoardPage'));
// The goal settings (an admin's page, with its history) load when opened.
const SettingsPage = lazy(() => import('./pages/settings/SettingsPage'));
// The map carries d3-geo, topojson-client and its borders: it loads when opened.
const MapPage = lazy(() => import('./pages/map/MapPage'));
const ChangePasswordPage = lazyView(() => import('./pages/account/ChangePasswordPage'), 'ChangePasswordPage');
const Home = () => (
  <Suspense fallback={<Loading />}>
    <HomePage />
  </Suspense>
);

export interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  locale?: string;
  queryClient?: QueryClient;
  store?: Store;
}

export function App({
  dataProvider = createDataProvider(),
  authProvider: givenAuthProvider,
  locale,
  queryClient,
  store = localStorageStore(undefined, '500in5'),
}: AppProps) {
  // Made once: it remembers who is signed in.
  const [authProvider] = useState(() => givenAuthProvider ?? createAuthProvider());
  return (
    <Admin
      title="500 in 5"
      dataProvider={dataProvider}
      authProvider={authProvider}
      requireAuth
      loginPage={LoginPage}
      i18nProvider={createI18nProvider(locale)}
      queryClient={queryClient}
      dashboard={Home}
      layout={Layout}
      theme={theme}
      disableTelemetry
      store={store}
    >
      <Resource name="partnerships" {...partnerships} />
      <Resource name="cities" {...cities} />
      <Resource name="events" {...events} />
      <Resource name="programs" {...programs} />
      <Resource name="users" {...users} />
      <Resource name="audit" {...audit} />
      <CustomRoutes>
        <Route path="/account/password" element={<ChangePasswordPage />} />
        <Route path="/progress" element={<Suspense fallback={<Loading />}><DashboardPage /></Suspense>} />
        <Route path="/work" element={<Suspense fallback={<Loading />}><WorkPage /></Suspense>} />
        <Route path="/settings" element={<Suspense fallback={<Loading />}><SettingsPage /></Suspense>} />
        <Route
          path="/import"
          element={
            <Suspense fallback={<Loading />}>
              <ImportPage />
            </Suspense>
          }
        />
        <Route
          path="/board"
          element={
            <Suspense fallback={<Loading />}>
              <BoardPage />
            </Suspense>
          }
        />
        <Route path="/map" element={<Suspense fallback={<Loading />}><MapPage /></Suspense>} />
      </CustomRoutes>
    </Admin>
  );
}
