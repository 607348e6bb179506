import { gzipSync } from 'node:zlib';
import { hasRole, type Role } from '../../shared/user.ts';

/**
 * The result cache of reads. An answer is kept under the request (its procedures and input),
 * the language, Helsinki's today (lateness moves at midnight) and the data version: a counter
 * in the database that every write transaction bumps (server/db/write-transaction.ts, with
 * triggers as the net). Each read checks the version in the same round trip as its session, so
 * a write on any instance is seen by the next read on every instance, and signing out or
 * deactivating a user takes effect at once (the session is never cached). A missed answer is
 * computed inside a read-only snapshot that also reads the version, so what is stored under a
 * version is exactly the data of that version.
 *
 * Only procedures whose answer is the same for every signed-in user are cached (the table
 * below, with the least role each needs); answers are stored serialized and gzipped, so a hit
 * costs neither the database, nor superjson, nor compression.
 */
export const CACHEABLE_PROCEDURES: Readonly<Record<string, Role>> = {
  'ministry.list': 'viewer',
  'euAct.list': 'viewer',
  'euAct.get': 'viewer',
  'euAct.history': 'viewer',
  'initiative.list': 'viewer',
  'initiative.get': 'viewer',
  'initiative.history': 'viewer',
  'board.get': 'viewer',
  'board.decisions': 'viewer',
  'scoring.criteria': 'viewer',
  'scoring.weightings': 'viewer',
  'scoring.compare': 'viewer',
  'stats.overview': 'viewer',
  'stats.attention': 'viewer',
  'stats.radar': 'viewer',
  'stats.roadmap': 'viewer',
  'stats.international': 'viewer',
  'snapshot.list': 'viewer',
  'snapshot.get': 'viewer',
  'snapshot.diff': 'viewer',
  'cooperation.body.list': 'viewer',
  'cooperation.body.get': 'viewer',
  'cooperation.body.history': 'viewer',
  'cooperation.benchmark.list': 'viewer',
  'cooperation.benchmark.get': 'viewer',
  'cooperation.benchmark.history': 'viewer',
  'cooperation.link.ofInitiative': 'viewer',
};

export interface CachedAnswer {
  status: number;
  contentType: string;
  body: Buffer;
  gzip: Buffer;
}

/** The procedures of a /trpc GET path (`/trpc/a.b,c.d`), or null when not every one is cacheable. */
export function cacheableProcedures(pathname: string): string[] | null {
  const paths = decodeURIComponent(pathname.replace(/^\/trpc\//, '')).split(',');
  return paths.length > 0 && paths.every((path) => path in CACHEABLE_PROCEDURES) ? paths : null;
}

/** Whether a user may read every one of the procedures (the cache answers only those who may). */
export function mayReadAll(user: { role: Role } | null, paths: readonly string[]): boolean {
  return user !== null && paths.every((path) => hasRole(user, CACHEABLE_PROCEDURES[path] ?? 'admin'));
}

/** An answer ready to keep: its body as sent and gzipped once. */
export function cachedAnswer(status: number, contentType: string, body: Buffer): CachedAnswer {
  return { status, contentType, body, gzip: gzipSync(body, { level: 6 }) };
}

/**
 * A bounded map from key to answer, least recently used out first. Answers of an older data
 * version are never asked for again (the version is in the key) and age out the same way.
 * Concurrent misses of one key share one computation, so a burst after a write computes once.
 */
export class ReadCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly pending = new Map<string, Promise<CachedAnswer | null>>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  static key(parts: { url: string; language: string; today: string; dataVersion: number }): string {
    return `${parts.dataVersion}\u0000${parts.today}\u0000${parts.language}\u0000${parts.url}`;
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recent.
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.hits += 1;
    }
    return entry;
  }

  set(key: string, answer: CachedAnswer): void {
    const size = answer.body.length + answer.gzip.length + key.length;
    if (size > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length + old.gzip.length + key.length;
    }
    this.entries.set(key, answer);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length + entry.gzip.length + oldest.length;
    }
  }

  /** The answer for `key`: kept, being computed by another request, or computed now (null: not to keep). */
  async getOrCompute(
    key: string,
    compute: () => Promise<{ answer: CachedAnswer; key: string } | { answer: CachedAnswer; key: null }>,
  ): Promise<CachedAnswer> {
    const kept = this.get(key);
    if (kept) return kept;
    const inFlight = this.pending.get(key);
    if (inFlight) {
      const shared = await inFlight;
      if (shared) return shared;
    }
    this.misses += 1;
    let resolve: (answer: CachedAnswer | null) => void = () => {};
    this.pending.set(
      key,
      new Promise((r) => {
        resolve = r;
      }),
    );
    try {
      const computed = await compute();
      // Kept under the version its snapshot read, which may be newer than the one asked for.
      if (computed.key !== null) this.set(computed.key, computed.answer);
      resolve(computed.key === key ? computed.answer : null);
      return computed.answer;
    } catch (error) {
      resolve(null);
      throw error;
    } finally {
      this.pending.delete(key);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
