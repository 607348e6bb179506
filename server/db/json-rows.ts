import { Column, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from './database.ts';
import { nextTurn } from './fair-turns.ts';

/**
 * Reads many rows as one JSON document (`json_agg` of one array per row), mapped as drizzle
 * would (timestamps to Dates, arrays, jsonb) into objects keyed like `columns`. For the reads
 * of whole portfolios (an export of 10,000): PGlite's protocol parser handled each of the
 * 450,000 values of such a read in JavaScript and took 1.6 s; one text value parsed by
 * JSON.parse took 0.6 s, and PostgreSQL answers one row instead of 10,000. The document can
 * also be read here and mapped elsewhere (a worker thread: export/xlsx-job.ts).
 *
 * `from` is the rest of the statement after the select list (`from … where …`); `order` orders
 * the aggregate. At most 100 columns (json_build_array's arguments).
 */
export async function jsonDocument(
  db: Db,
  columns: Record<string, Column>,
  from: SQL,
  order: SQL[] = [],
): Promise<string> {
  const orderBy = order.length > 0 ? sql` order by ${sql.join(order, sql`, `)}` : sql``;
  const [row] = await queryRows<{ doc: string }>(
    db,
    sql`select coalesce(json_agg(json_build_array(${sql.join(
      Object.values(columns).map((column) => sql`${column}`),
      sql`, `,
    )})${orderBy}), '[]')::text as doc ${from}`,
  );
  return row?.doc ?? '[]';
}

/** The rows of a jsonDocument of the same `columns`. */
export function rowsOfDocument<T>(columns: Record<string, Column>, document: string): T[] {
  const entries = Object.entries(columns);
  const values = JSON.parse(document) as unknown[][];
  // Text, numbers and booleans arrive as they are; only the others (timestamps, arrays, …) are mapped.
  const mappers = entries.map(([, column]) =>
    column.mapFromDriverValue === Column.prototype.mapFromDriverValue
      ? null
      : (raw: unknown) => column.mapFromDriverValue(raw),
  );
  const keys = entries.map(([key]) => key);
  return values.map((value) => {
    const object: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const raw = value[index] ?? null;
      const map = mappers[index];
      object[keys[index] as string] = raw === null || !map ? raw : map(raw);
    }
    return object as T;
  });
}

/** jsonDocument, mapped here. */
export async function jsonRows<T>(
  db: Db,
  columns: Record<string, Column>,
  from: SQL,
  order: SQL[] = [],
): Promise<T[]> {
  const document = await jsonDocument(db, columns, from, order);
  // The statement was a block of its own: the requests waiting meanwhile go first.
  await nextTurn();
  return rowsOfDocument<T>(columns, document);
}
