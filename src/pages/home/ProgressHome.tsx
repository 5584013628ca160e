import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';

// The progress dashboard carries recharts: it loads only for the homes that show it.
const Dashboard = lazy(() => import('../dashboard/Dashboard'));

/** Leadership's home: the progress dashboard itself. */
export function ProgressHome() {
  return (
    <Suspense fallback={<Loading />}>
      <Dashboard />
    </Suspense>
  );
}
