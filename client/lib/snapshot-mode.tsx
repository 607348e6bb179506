import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SessionUser } from '../../shared/user.ts';
import { trpc } from './trpc.ts';

/** `?snapshot=<id>` opens a snapshot; `?snapshot=now` is the live portfolio, whatever was viewed. */
export const SNAPSHOT_PARAM = 'snapshot';
const STORAGE_KEY = 'digisalkku.snapshot';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The snapshot being viewed: the URL's when it names one (or `now`, none), else the one kept
 * from earlier in this tab. Anything that is no id is ignored (the URL was mistyped).
 */
export function resolveSnapshotId(param: string | null, stored: string | null): string | undefined {
  const read = (value: string | null) => {
    const trimmed = value?.trim().toLowerCase() ?? '';
    return UUID.test(trimmed) ? trimmed : undefined;
  };
  if (param !== null && param.trim().toLowerCase() === 'now') return undefined;
  return read(param) ?? read(stored);
}

/** The user as the pages see them: in a snapshot everyone only reads, so the UI treats them as a viewer. */
export function asViewer<U extends SessionUser | null | undefined>(
  user: U,
  snapshotId: string | undefined,
): U {
  if (!snapshotId || !user) return user;
  return { ...user, role: 'viewer', ministry: null };
}

/** The URL of a page in a snapshot (or, without one, explicitly in the live portfolio). */
export function snapshotHref(path: string, snapshotId: string | undefined): string {
  const [pathname = '', search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  params.set(SNAPSHOT_PARAM, snapshotId ?? 'now');
  return `${pathname}?${params.toString()}`;
}

/** snapshot.get of the snapshot viewed (its label, time, taker and whether its seal holds); idle when live. */
function useSnapshotQuery(snapshotId: string | undefined) {
  return useQuery({
    ...trpc.snapshot.get.queryOptions({ id: snapshotId ?? '' }),
    enabled: snapshotId !== undefined,
  });
}

interface SnapshotMode {
  /** The snapshot viewed, or undefined for the live portfolio. */
  snapshotId: string | undefined;
  snapshot: ReturnType<typeof useSnapshotQuery>;
  /** Back to now: forgets the snapshot in this tab and drops it from the URL. */
  leave(): void;
}

const SnapshotContext = createContext<SnapshotMode | null>(null);

/** The tab's snapshot, kept with whose it is: another user signing in here starts in the live portfolio. */
function readStored(userId: string): string | null {
  try {
    const [owner, id] = (sessionStorage.getItem(STORAGE_KEY) ?? '').split(' ');
    return owner === userId && id ? id : null;
  } catch {
    return null;
  }
}

function writeStored(userId: string, id: string | undefined): void {
  try {
    if (id) sessionStorage.setItem(STORAGE_KEY, `${userId} ${id}`);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // No storage (a locked-down browser): the snapshot lasts while the URL names it.
  }
}

/**
 * Holds the snapshot being viewed for the whole signed-in app. It comes from `?snapshot=` and
 * stays, in memory and in this tab's sessionStorage, while the user moves between pages
 * (whose own links and filters do not carry the parameter), until "back to now".
 */
export function SnapshotModeProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const param = params.get(SNAPSHOT_PARAM);
  const [stored, setStored] = useState<string | null>(() => readStored(userId));
  const snapshotId = resolveSnapshotId(param, stored);
  // Only a new parameter is kept: between "back to now" and the URL losing it, the old one must not return.
  useEffect(() => {
    if (param === null) return;
    const named = resolveSnapshotId(param, null);
    if (named === undefined && param.trim().toLowerCase() !== 'now') return;
    writeStored(userId, named);
    setStored(named ?? null);
  }, [param, userId]);
  const snapshot = useSnapshotQuery(snapshotId);
  const leave = useCallback(() => {
    writeStored(userId, undefined);
    setStored(null);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(SNAPSHOT_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [setParams, userId]);
  const value = useMemo(() => ({ snapshotId, snapshot, leave }), [snapshotId, snapshot, leave]);
  return <SnapshotContext.Provider value={value}>{children}</SnapshotContext.Provider>;
}

export function useSnapshotMode(): SnapshotMode {
  const context = useContext(SnapshotContext);
  if (!context) throw new Error('useSnapshotMode needs a SnapshotModeProvider above it.');
  return context;
}

/** The snapshot being viewed, for the `snapshotId` of every read that can show one; undefined = live. */
export function useSnapshotId(): string | undefined {
  return useContext(SnapshotContext)?.snapshotId;
}

/** The user for a page's controls: a viewer while a snapshot is viewed (nothing in it can change). */
export function useViewUser<U extends SessionUser | null | undefined>(user: U): U {
  const snapshotId = useSnapshotId();
  return useMemo(() => asViewer(user, snapshotId), [user, snapshotId]);
}

/** Whether a snapshot is viewed (the pages hide their editing then). */
export function useReadOnly(): boolean {
  return useSnapshotId() !== undefined;
}

/** Hands its children the user as the pages see them (a viewer while a snapshot is viewed). */
export function ViewUser({
  user,
  children,
}: {
  user: SessionUser;
  children: (user: SessionUser) => ReactNode;
}) {
  return children(useViewUser(user));
}

/** The input of a read whose whole input is optional (scoring.criteria, scoring.weightings): none when live. */
export function snapshotInput(snapshotId: string | undefined): { snapshotId: string } | undefined {
  return snapshotId ? { snapshotId } : undefined;
}
