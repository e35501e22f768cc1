/**
 * Every page has an address. Pages load on first visit, so the first screen carries only the shell and the
 * overview; the charting code comes with the first page that draws a chart.
 */
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from './components/states';
import { Layout } from './layout';
import { CrashView, NotFound } from './pages/not-found';
import { Overview } from './pages/overview';
import { SignIn } from './pages/signin';

function page(load: () => Promise<{ default: ComponentType }>, what: string) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Loading what={what} />}>
      <Page />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  { path: '/signin', element: <SignIn /> },
  {
    path: '/',
    element: <Layout />,
    errorElement: <CrashView />,
    children: [
      { index: true, element: <Overview /> },
      { path: 'kpis/:id', element: page(() => import('./pages/kpi'), 'the KPI') },
      { path: 'metrics/:metric', element: page(() => import('./pages/records'), 'the records') },
      { path: 'findings/:id', element: page(() => import('./pages/finding'), 'the finding') },
      { path: 'delivery', element: page(() => import('./pages/delivery'), 'delivery') },
      { path: 'reliability', element: page(() => import('./pages/reliability'), 'reliability') },
      { path: 'organization', element: page(() => import('./pages/organization'), 'the organization') },
      { path: 'planning', element: page(() => import('./pages/planning'), 'planning') },
      { path: 'registers', element: page(() => import('./pages/registers'), 'the registers') },
      { path: 'people', element: page(() => import('./pages/people'), 'people') },
      { path: 'reports', element: page(() => import('./pages/reports'), 'reports') },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
