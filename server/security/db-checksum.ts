import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/database.ts';

/**
 * Tables whose rows change without any write of the portfolio: signing in (sessions, their
 * last-seen time, the sign-in throttle's counts). Everything else — every initiative, act, body,
 * benchmark, result, link, view, weighting, user, snapshot, audit event and the data version —
 * is in the checksum, so any write a refused request made, committed, would change it.
 */
const UNCOUNTED = new Set(['sessions', 'login_throttle', 'login_known_addresses']);

let statement: ReturnType<typeof sql.raw> | null = null;
let statementSchema: string | null = null;

/**
 * SHA-256 over the content of every table of the database's schema (rows sorted as text, so
 * the physical order of rows does not matter) and the names of the snapshot schemas beside it.
 */
export async function databaseChecksum(db: Db): Promise<string> {
  const [{ schema } = { schema: 'public' }] = await queryRows<{ schema: string }>(
    db,
    sql`select current_schema() as schema`,
  );
  if (!statement || statementSchema !== schema) {
    const tables = await queryRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    );
    const parts = tables
      .map((t) => t.name)
      .filter((name) => !UNCOUNTED.has(name))
      .map(
        (name) =>
          `select '${name}' as name, count(*)::text as rows, md5(coalesce(string_agg(t::text, chr(10) order by t::text), '')) as digest from "${name}" t`,
      );
    parts.push(
      `select 'snapshot schemas' as name, count(*)::text as rows, md5(coalesce(string_agg(nspname, ',' order by nspname), '')) as digest
       from pg_namespace where nspname like current_schema() || '\\_snap\\_%'`,
    );
    statement = sql.raw(parts.join('\nunion all\n'));
    statementSchema = schema;
  }
  const rows = await queryRows<{ name: string; rows: string; digest: string }>(db, statement);
  return createHash('sha256')
    .update(
      rows
        .map((r) => `${r.name}:${r.rows}:${r.digest}`)
        .sort()
        .join('\n'),
    )
    .digest('hex');
}
