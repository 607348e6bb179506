import { useQuery } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import type { SessionUser } from '../shared/user.ts';
import { Layout } from './components/Layout.tsx';
import { PublicFrame } from './components/PublicFrame.tsx';
import { QueryState } from './components/QueryState.tsx';
import { SiteFooter } from './components/SiteFooter.tsx';
import { SnapshotModeProvider, ViewUser } from './lib/snapshot-mode.tsx';
import { trpc } from './lib/trpc.ts';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PAGE_ROUTES, type PageRoute, PUBLIC_ROUTES } from './routes.ts';

// Every screen after sign-in loads on first visit, so the first paint (the sign-in page) is small:
// the list parses its URL with shared/ zod schemas, and zod alone would break the budget of issue 8.
const InitiativeListPage = lazy(() =>
  import('./pages/InitiativeListPage.tsx').then((m) => ({ default: m.InitiativeListPage })),
);
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
// International cooperation (issue 12); the benchmark page's chart brings Recharts to its chunk.
const CooperationPage = lazy(() =>
  import('./pages/CooperationPage.tsx').then((m) => ({ default: m.CooperationPage })),
);
const BodyPage = lazy(() => import('./pages/BodyPage.tsx').then((m) => ({ default: m.BodyPage })));
const BenchmarkPage = lazy(() =>
  import('./pages/BenchmarkPage.tsx').then((m) => ({ default: m.BenchmarkPage })),
);
const BoardPage = lazy(() => import('./pages/BoardPage.tsx').then((m) => ({ default: m.BoardPage })));
const ImportPage = lazy(() => import('./pages/ImportPage.tsx').then((m) => ({ default: m.ImportPage })));
const WeightingsPage = lazy(() =>
  import('./pages/WeightingsPage.tsx').then((m) => ({ default: m.WeightingsPage })),
);
const WeightingComparePage = lazy(() =>
  import('./pages/WeightingComparePage.tsx').then((m) => ({ default: m.WeightingComparePage })),
);
// Recharts is in this page's chunk only.
const MatrixPage = lazy(() => import('./pages/MatrixPage.tsx').then((m) => ({ default: m.MatrixPage })));

// The situational picture (issue 10): the overview and roadmap chart with Recharts, in their own chunks.
const OverviewPage = lazy(() =>
  import('./pages/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })),
);
const AttentionPage = lazy(() =>
  import('./pages/AttentionPage.tsx').then((m) => ({ default: m.AttentionPage })),
);
const RadarPage = lazy(() => import('./pages/RadarPage.tsx').then((m) => ({ default: m.RadarPage })));
const RoadmapPage = lazy(() => import('./pages/RoadmapPage.tsx').then((m) => ({ default: m.RoadmapPage })));

// Snapshots and their changes (issue 11).
const SnapshotsPage = lazy(() =>
  import('./pages/SnapshotsPage.tsx').then((m) => ({ default: m.SnapshotsPage })),
);
const ChangesPage = lazy(() => import('./pages/ChangesPage.tsx').then((m) => ({ default: m.ChangesPage })));
// The user administration, for admins.
const UsersAdminPage = lazy(() =>
  import('./pages/UsersAdminPage.tsx').then((m) => ({ default: m.UsersAdminPage })),
);
// The accessibility statement (issue 14), public: signed out too.
const AccessibilityStatementPage = lazy(() =>
  import('./pages/AccessibilityStatementPage.tsx').then((m) => ({ default: m.AccessibilityStatementPage })),
);

const LOADING = { isError: false, error: null, refetch: () => undefined };

/** The page of every route in PAGE_ROUTES (the browser tests visit each of them). */
const PAGES: Record<PageRoute, (user: SessionUser) => ReactNode> = {
  '/': (user) => <OverviewPage user={user} />,
  '/attention': () => <AttentionPage />,
  '/radar': () => <RadarPage />,
  '/roadmap': () => <RoadmapPage />,
  '/initiatives': (user) => <InitiativeListPage user={user} />,
  '/initiatives/new': (user) => <InitiativeEditPage user={user} />,
  '/initiatives/:id': (user) => <InitiativePage user={user} />,
  '/initiatives/:id/edit': (user) => <InitiativeEditPage user={user} />,
  '/board': (user) => <BoardPage user={user} />,
  '/eu-acts': (user) => <EuActCataloguePage user={user} />,
  '/eu-acts/:id': (user) => <EuActPage user={user} />,
  '/cooperation': (user) => <CooperationPage user={user} />,
  '/cooperation/bodies/:id': (user) => <BodyPage user={user} />,
  '/cooperation/benchmarks/:id': (user) => <BenchmarkPage user={user} />,
  '/import': (user) => <ImportPage user={user} />,
  '/weightings': (user) => <WeightingsPage user={user} />,
  '/weightings/compare': () => <WeightingComparePage />,
  '/matrix': () => <MatrixPage />,
  '/snapshots': (user) => <SnapshotsPage user={user} />,
  '/changes': () => <ChangesPage />,
  '/admin/users': () => <UsersAdminPage />,
  '/accessibility': () => <AccessibilityStatementPage />,
  '*': () => <NotFoundPage />,
};

/**
 * Signed out: the sign-in page, or a public page (the accessibility statement) in a frame of its
 * own. Signed in: the app, with real URLs for every view.
 */
export function App() {
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending || me.isError) return <QueryState query={me} />;
  if (!me.data) return <SignedOut />;
  const user = me.data;
  return (
    <SnapshotModeProvider userId={user.id}>
      <Layout user={user}>
        <Suspense fallback={<QueryState query={LOADING} />}>
          {/* While a snapshot is viewed, the pages treat everyone as a reader. */}
          <ViewUser user={user}>
            {(pageUser) => (
              <Routes>
                <Route path="/login" element={<Navigate to="/" replace />} />
                {PAGE_ROUTES.map((path) => (
                  <Route key={path} path={path} element={PAGES[path](pageUser)} />
                ))}
              </Routes>
            )}
          </ViewUser>
        </Suspense>
      </Layout>
    </SnapshotModeProvider>
  );
}

/** The pages of PUBLIC_ROUTES as a signed-out visitor sees them. */
const PUBLIC_PAGES: Record<(typeof PUBLIC_ROUTES)[number], () => ReactNode> = {
  '/accessibility': () => <AccessibilityStatementPage />,
};

/** What a signed-out visitor sees: a public page if the address is one, else the sign-in page. */
function SignedOut() {
  const { pathname } = useLocation();
  const publicPath = PUBLIC_ROUTES.find((path) => pathname.replace(/\/+$/, '') === path);
  if (publicPath) {
    return (
      <PublicFrame>
        <Suspense fallback={<QueryState query={LOADING} />}>{PUBLIC_PAGES[publicPath]()}</Suspense>
      </PublicFrame>
    );
  }
  return (
    <>
      <LoginPage />
      <SiteFooter />
    </>
  );
}
