import { useQuery } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { QueryState } from './components/QueryState.tsx';
import { trpc } from './lib/trpc.ts';
import { EuActCataloguePage } from './pages/EuActCataloguePage.tsx';
import { EuActPage } from './pages/EuActPage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';
import { InitiativeEditPage } from './pages/InitiativeEditPage.tsx';
import { InitiativeListPage } from './pages/InitiativeListPage.tsx';
import { InitiativePage } from './pages/InitiativePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

/** Signed out: only the sign-in page. Signed in: the app, with real URLs for every view. */
export function App() {
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending || me.isError) return <QueryState query={me} />;
  if (!me.data) return <LoginPage />;
  return (
    <Layout user={me.data}>
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
    </Layout>
  );
}
