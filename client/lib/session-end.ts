import { useSyncExternalStore } from 'react';

/**
 * Why the sign-in page is showing, when the app knows: the user signed out here, or the
 * server stopped knowing the session (signed out in another tab, expired). The sign-in page
 * says which; signing in clears it.
 */
export type SessionEnd = 'signedOut' | 'ended';

let current: SessionEnd | null = null;
const listeners = new Set<() => void>();

export function setSessionEnd(next: SessionEnd | null): void {
  if (current === next) return;
  current = next;
  for (const listener of listeners) listener();
}

export function useSessionEnd(): SessionEnd | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
