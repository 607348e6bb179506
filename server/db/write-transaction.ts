import { sql } from 'drizzle-orm';
import { type Db, queryRows } from './database.ts';

/**
 * The data version (migration 0004) counts the transactions that changed what a read can show;
 * the read cache keys every answer on it. A write transaction bumps it as its FIRST statement,
 * so every writer takes the version's row lock before any other lock: one lock order, no
 * deadlock through it (the statement triggers bump too, for any write that comes another way).
 * Writers therefore run one after another on PostgreSQL, which at a portfolio's write rate costs
 * nothing and makes "a write on one instance is seen by the next read on another" exact.
 */
const BUMP = sql`update data_version set version = version + 1, txid = txid_current()
  where id = 1 and txid is distinct from txid_current()`;

/** Runs `work` in a transaction that bumps the data version first. Every write goes through here. */
export function writeTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(BUMP);
    return work(tx as unknown as Db);
  });
}

/** The current data version, as committed. */
export async function dataVersion(db: Db): Promise<number> {
  const [row] = await queryRows<{ version: string | number }>(
    db,
    sql`select version from data_version where id = 1`,
  );
  return Number(row?.version ?? 0);
}
