import type { Database } from '../db/database.ts';
import { sessionAndDataVersion } from '../services/auth.ts';

type Looked = Awaited<ReturnType<typeof sessionAndDataVersion>>;

// Bounded: unknown tokens are remembered too (as signed out), so a flood of them must not grow it.
const MAX_TOKENS = 10_000;

/**
 * The session and data version of a cached read. On PostgreSQL it is one query every time
 * (another instance may have written or signed the user out). On PGlite every change passes
 * through this process, so an answer stays true until its write counter moves (or the session
 * expires, or a minute passes and its last-seen time is due to move): repeated reads then cost no query at all.
 */
export function sessionLookup(
  database: Database,
  idleMinutes: number,
): (token: string | undefined) => Promise<Looked> {
  const writes = database.writes;
  if (!writes) return (token) => sessionAndDataVersion(database.db, token, idleMinutes);
  const known = new Map<string, { count: number; looked: Looked }>();
  return async (token) => {
    const key = token ?? '';
    const memo = known.get(key);
    const now = Date.now();
    if (memo && memo.count === writes.count && memo.looked.validUntil > now) return memo.looked;
    const count = writes.count;
    const looked = await sessionAndDataVersion(database.db, token, idleMinutes);
    // A lookup that wrote the last-seen time moved the counter itself; the next one keeps it.
    if (looked.touched) return looked;
    if (known.size >= MAX_TOKENS) known.clear();
    known.set(key, { count, looked });
    return looked;
  };
}
