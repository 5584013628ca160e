import { lazy, Suspense, useState, type ComponentType } from 'react';
import { Route } from 'react-router-dom';
import { AdminContext, AdminUI, CustomRoutes, Loading, Resource, localStorageStore, type AuthProvider, type DataProvider, type Store } from 'react-admin';
import { QueryClient } from '@tanstack/react-query';
import { createDataProvider } from './providers/dataProvider';
import { createAuthProvider } from './providers/authProvider';
import { createI18nProvider } from './i18n';
import { Layout } from './components/Layout';
import { Directional } from './components/direction/Directional';
import { darkTheme, lightTheme } from './components/theme';
import { LoginPage } from './pages/login/LoginPage';
import cities from './resources/cities';
import partnerships from './resources/partnerships';
import events from './resources/events';
import programs from './resources/programs';
import inquiries from './resources/inquiries';
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
/** A page that loads on its own, with react-admin's spinner meanwhile. */
const suspended = (Page: ComponentType) => (
  <Suspense fallback={<Loading />}>
    <Page />
  </Suspense>
);
const Home = () => suspended(HomePage);

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
    // react-admin's <Admin>, opened to put the page's direction (Arabic reads right to left)
    // between the contexts (the language) and the screens.
    <AdminContext
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={createI18nProvider(locale)}
      queryClient={queryClient}
      lightTheme={lightTheme}
      darkTheme={darkTheme}
      store={store}
    >
      <Directional>
        <AdminUI title="500 in 5" requireAuth loginPage={LoginPage} dashboard={Home} layout={Layout} disableTelemetry>
          <Resource name="partnerships" {...partnerships} />
          <Resource name="cities" {...cities} />
          <Resource name="events" {...events} />
          <Resource name="programs" {...programs} />
          <Resource name="inquiries" {...inquiries} />
          <Resource name="users" {...users} />
          <Resource name="audit" {...audit} />
          <CustomRoutes>
            <Route path="/account/password" element={<ChangePasswordPage />} />
            <Route path="/progress" element={suspended(DashboardPage)} />
            <Route path="/work" element={suspended(WorkPage)} />
            <Route path="/settings" element={suspended(SettingsPage)} />
            <Route path="/import" element={suspended(ImportPage)} />
            <Route path="/board" element={suspended(BoardPage)} />
            <Route path="/map" element={suspended(MapPage)} />
          </CustomRoutes>
        </AdminUI>
      </Directional>
    </AdminContext>
  );
}
