import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from './database.ts';

/**
 * Bulk writes for imports and snapshots: the rows travel as ONE jsonb parameter and PostgreSQL
 * unpacks them with `jsonb_to_recordset`. Building a multi-row INSERT through drizzle costs
 * about a millisecond per row in query building alone (10,000 initiatives: seconds), and
 * multi-row VALUES run into the 65,535-parameter limit; one parameter has neither problem,
 * and the same SQL runs on PGlite and PostgreSQL (arrays, jsonb, dates and uuids all convert
 * from their JSON form).
 */

type Row = Record<string, unknown>;

// Rows per statement: keeps one parameter to a few hundred kilobytes, and — since PGlite runs
// each statement on the event loop — any one statement to a fraction of a second.
const BULK_CHUNK = 500;

/** Lets the event loop serve other requests between statements of a long bulk write. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function columnsOf(table: PgTable, keys: readonly string[]) {
  const columns = getTableColumns(table);
  return keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}.`);
    return { key, name: column.name, type: column.getSQLType() };
  });
}

const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

/** `jsonb_to_recordset($1) as r(col type, …)` over the rows, by their database column names. */
function recordset(columns: ReturnType<typeof columnsOf>, rows: readonly Row[]): SQL {
  const json = JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.key] ?? null]))),
  );
  const definition = sql.join(
    columns.map((c) => sql`${ident(c.name)} ${sql.raw(c.type)}`),
    sql`, `,
  );
  return sql`jsonb_to_recordset(${json}::jsonb) as r(${definition})`;
}

/**
 * Inserts rows (keyed by the table's property names, every row with the same keys; columns
 * left out get their defaults) in a few statements.
 */
export async function insertRows<T extends PgTable>(
  tx: Db,
  table: T,
  rows: readonly Partial<T['$inferInsert']>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = columnsOf(table, Object.keys(first));
  const names = sql.join(
    columns.map((c) => ident(c.name)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK) as Row[];
    await tx.execute(sql`insert into ${table} (${names}) select ${names} from ${recordset(columns, chunk)}`);
    await yieldToEventLoop();
  }
}

/**
 * Updates rows by id, each only if its `version` column still holds `expectedVersion` (the
 * optimistic lock of every versioned write). Returns the ids that were written; an id missing
 * from the answer was changed by someone else meanwhile.
 */
export async function updateRowsIfVersion<T extends PgTable>(
  tx: Db,
  table: T,
  rows: readonly (Partial<T['$inferInsert']> & { id: string; expectedVersion: number })[],
): Promise<Set<string>> {
  const first = rows[0];
  if (!first) return new Set();
  const keys = Object.keys(first).filter((k) => k !== 'expectedVersion' && k !== 'id');
  const columns = columnsOf(table, keys);
  const idColumn = columnsOf(table, ['id']);
  const versionColumn = columnsOf(table, ['version'])[0];
  if (!versionColumn) throw new Error(`${getTableName(table)} has no version column.`);
  const assignments = sql.join(
    columns.map((c) => sql`${ident(c.name)} = r.${ident(c.name)}`),
    sql`, `,
  );
  const written = new Set<string>();
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK) as Row[];
    const set = recordset(
      [...idColumn, ...columns, { key: 'expectedVersion', name: 'expected_version', type: 'integer' }],
      chunk,
    );
    for (const row of await queryRows<{ id: string }>(
      tx,
      sql`update ${table} as t set ${assignments} from ${set}
        where t."id" = r."id" and t.${ident(versionColumn.name)} = r."expected_version" returning t."id"`,
    ))
      written.add(row.id);
    await yieldToEventLoop();
  }
  return written;
}
