import type { PGlite, Transaction } from '@electric-sql/pglite';

/**
 * A counter of the statements that may have changed an embedded database. PGlite is one
 * process's own database (the data folder is locked), so every change to it passes through
 * here: what was read from it stays true until the counter moves. The read path uses this to
 * skip even the one query a cached read needs (the session and the data version) while nothing
 * has been written; on PostgreSQL, shared by many instances, that query always runs.
 */
export interface WriteWatch {
  /** Moves whenever a statement that is not a plain read runs outside a transaction, and when a transaction ends. */
  readonly count: number;
}

// A statement that only reads: SELECT, EXPLAIN, SHOW, or a WITH that modifies nothing.
const READ_ONLY = /^\s*(select|explain|show)\b/i;
const WITH_READ = /^\s*with\b/i;
const MODIFIES = /\b(insert|update|delete|merge)\b/i;
const isRead = (text: string) => READ_ONLY.test(text) || (WITH_READ.test(text) && !MODIFIES.test(text));

type Queryable = Pick<PGlite | Transaction, 'query' | 'exec'>;

function watch<T extends Queryable>(target: T, moved: () => void): T {
  const query = target.query.bind(target) as T['query'];
  const exec = target.exec.bind(target) as T['exec'];
  Object.assign(target, {
    query: ((text: string, ...rest: unknown[]) => {
      if (!isRead(text)) moved();
      return (query as (...args: unknown[]) => unknown)(text, ...rest);
    }) as T['query'],
    exec: ((text: string, ...rest: unknown[]) => {
      if (!isRead(text)) moved();
      return (exec as (...args: unknown[]) => unknown)(text, ...rest);
    }) as T['exec'],
  });
  return target;
}

/** Wraps a PGlite client so every possibly-changing statement moves the returned counter. */
export function watchWrites(client: PGlite): WriteWatch {
  const state = { count: 0 };
  const moved = () => {
    state.count += 1;
  };
  watch(client, moved);
  const transaction = client.transaction.bind(client);
  client.transaction = (async (work: (tx: Transaction) => Promise<unknown>) => {
    try {
      // What a transaction writes is nobody else's to see before it commits, so its statements
      // leave the counter alone: reads answered from what was committed before it (a long
      // import's, say) stay true, and need not wait for the transaction to end.
      return await transaction(work);
    } finally {
      // The commit (or a rollback) is the change of what readers see, whatever ran inside.
      moved();
    }
  }) as PGlite['transaction'];
  return state;
}
