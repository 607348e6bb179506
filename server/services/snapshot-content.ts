import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the snapshot being read froze. Snapshots taken before issue 12 (content version 1) hold
 * no cooperation bodies, benchmarks or links; their schema is first on the search path but the
 * live tables of those names come right after it, so a read of such a snapshot must not reach
 * them: it finds none (`cooperationFrozen()` is false). Set by atSnapshot (snapshot.ts).
 */
const contents = new AsyncLocalStorage<number>();

/** The content version of snapshots taken now. */
export const SNAPSHOT_CONTENT_VERSION = 2;

/** Whether this read may see cooperation bodies, benchmarks and their links: live, or a snapshot that froze them. */
export function cooperationFrozen(): boolean {
  return (contents.getStore() ?? SNAPSHOT_CONTENT_VERSION) >= 2;
}

export function withSnapshotContent<T>(contentVersion: number, read: () => Promise<T>): Promise<T> {
  return contents.run(contentVersion, read);
}
