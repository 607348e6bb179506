import type { PGlite, Transaction } from '@electric-sql/pglite';

/**
 * PGlite runs each statement synchronously on the event loop and settles its promise as a
 * microtask, so a service awaiting statement after statement (an export reading 10,000
 * initiatives, then the overview, then the EU deadlines) never gives up the loop between
 * them: requests that arrived meanwhile waited for the whole series, seconds. Wrapped, each
 * statement's caller resumes on the loop's next turn (setImmediate), after the I/O that is
 * waiting; a read costs a fraction of a millisecond more, and no request waits longer than the
 * one statement running when it arrived.
 */
type Queryable = Pick<PGlite | Transaction, 'query' | 'exec'>;

/** Resumes on the event loop's next turn, after the I/O waiting now. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function resumeOnNextTurn<T extends Queryable>(target: T): T {
  for (const method of ['query', 'exec'] as const) {
    const original = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(target);
    Object.assign(target, {
      [method]: async (...args: unknown[]) => {
        try {
          return await original(...args);
        } finally {
          await nextTurn();
        }
      },
    });
  }
  return target;
}

/** Makes every statement of a PGlite client, and of its transactions, resume its caller on the next turn. */
export function shareTheLoop(client: PGlite): void {
  resumeOnNextTurn(client);
  const transaction = client.transaction.bind(client);
  client.transaction = (<T>(work: (tx: Transaction) => Promise<T>) =>
    transaction((tx) => work(resumeOnNextTurn(tx)))) as PGlite['transaction'];
}
