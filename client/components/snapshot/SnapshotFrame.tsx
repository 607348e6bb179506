import { lazy, type ReactNode, Suspense } from 'react';
import { useSnapshotMode } from '../../lib/snapshot-mode.tsx';

// Only while a snapshot is viewed: the live app's first load does not carry it.
const SnapshotBanner = lazy(() =>
  import('./SnapshotBanner.tsx').then((m) => ({ default: m.SnapshotBanner })),
);

/**
 * The top of main: while a snapshot is viewed, the banner saying which one (and the way back
 * to now) above the page. A snapshot that cannot be shown (its seal broken, or no such
 * snapshot) shows only the banner's reason, never a page.
 */
export function SnapshotFrame({ children }: { children: ReactNode }) {
  const { snapshotId, snapshot } = useSnapshotMode();
  if (!snapshotId) return children;
  const refused = snapshot.isError || snapshot.data?.valid === false;
  return (
    <>
      <Suspense fallback={null}>
        <SnapshotBanner />
      </Suspense>
      {!refused && children}
    </>
  );
}
