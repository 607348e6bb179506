import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { QueryState } from './components/QueryState.tsx';
import { trpc } from './lib/trpc.ts';
import { InitiativeListPage } from './pages/InitiativeListPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

// The list is the landing page; the other screens load on first visit, keeping the first paint small.
const InitiativePage = lazy(() =>
  import('./pages/InitiativePage.tsx').then((m) => ({ default: m.InitiativePage })),
);
const InitiativeEditPage = lazy(() =>
  import('./pages/InitiativeEditPage.tsx').then((m) => ({ default: m.InitiativeEditPage })),
);
const EuActCataloguePage = lazy(() =>
  import('./pages/EuActCataloguePage.tsx').then((m) => ({ default: m.EuActCataloguePage })),
);
const EuActPage = lazy(() => import('./pages/EuActPage.tsx').then((m) => ({ default: m.EuActPage })));
const ImportPage = lazy(() => import('./pages/ImportPage.tsx').then((m) => ({ default: m.ImportPage })));

const LOADING = { isError: false, error: null, refetch: () => undefined };

/** Signed out: only the sign-in page. Signed in: the app, with real URLs for every view. */
export function App() {
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending || me.isError) return <QueryState query={me} />;
  if (!me.data) return <LoginPage />;
  return (
    <Layout user={me.data}>
      <Suspense fallback={<QueryState query={LOADING} />}>
        <Routes>
          <Route path="/" element={<Navigate to="/initiatives" replace />} />
          <Route path="/login" element={<Navigate to="/initiatives" replace />} />
          <Route path="/initiatives" element={<InitiativeListPage user={me.data} />} />
          <Route path="/initiatives/new" element={<InitiativeEditPage user={me.data} />} />
          <Route path="/initiatives/:id" element={<InitiativePage user={me.data} />} />
          <Route path="/initiatives/:id/edit" element={<InitiativeEditPage user={me.data} />} />
          <Route path="/eu-acts" element={<EuActCataloguePage user={me.data} />} />
          <Route path="/eu-acts/:id" element={<EuActPage user={me.data} />} />
          <Route path="/import" element={<ImportPage user={me.data} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
