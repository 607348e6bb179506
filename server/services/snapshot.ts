import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { snapshots } from '../../drizzle/schema/index.ts';
import { todayInFinland } from '../../shared/dates.ts';
import { sm } from '../../shared/server-messages.ts';
import type { Snapshot, SnapshotCreateInput } from '../../shared/snapshot.ts';
import type { SessionUser } from '../../shared/user.ts';
import { type Db, queryRows } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { conflict, notFound } from '../errors.ts';
import { DIFF_ROWS_TABLE, type DiffSide, NARROW_COLUMNS, narrowRows } from './diff-inputs.ts';
import { withReadDay } from './read-day.ts';
import { SNAPSHOT_CONTENT_VERSION, withSnapshotContent } from './snapshot-content.ts';

/**
 * Snapshots: the portfolio frozen in one transaction. Each is a schema of its own holding copies
 * of the tables every read uses, so a read "as it was" is the very SQL of the live read — the
 * list's filters, search, sorts, the board, the overview — with the snapshot's schema first on
 * the search path, and "today" set to the day it was taken (read-day.ts). Equivalence is then
 * by construction, and snapshot.test.ts holds it. The copies are plain tables (the stored
 * search vectors and sort keys are copied, not recomputed), with the indexes the reads' lookups
 * by initiative need; a snapshot's text search scans its copy (no GIN index). Beside them, a
 * narrow table of what a diff compares (diff-inputs.ts narrowRows), derived and so checked
 * against the copied initiatives with the seal rather than sealed.
 */
export const SNAPSHOT_TABLES = [
  'initiatives',
  'eu_impacts',
  'milestones',
  'eu_acts',
  'scoring_criteria',
  'weightings',
  'cooperation_bodies',
  'initiative_bodies',
  'benchmarks',
  'benchmark_results',
  'initiative_benchmarks',
] as const;
type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/** What a snapshot of each content version copied (snapshot-content.ts): version 1 had no cooperation. */
const TABLES_OF_CONTENT: Record<number, readonly SnapshotTable[]> = {
  1: SNAPSHOT_TABLES.slice(0, 6),
  2: SNAPSHOT_TABLES,
};

/** The order each copy's rows are hashed in: a key that is unique in the table. */
const HASH_ORDER: Record<SnapshotTable, string> = {
  initiatives: 'id',
  eu_impacts: 'id',
  milestones: 'id',
  eu_acts: 'id',
  scoring_criteria: 'key',
  weightings: 'id',
  cooperation_bodies: 'id',
  initiative_bodies: 'id',
  benchmarks: 'id',
  benchmark_results: 'id',
  initiative_benchmarks: 'id',
};

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/**
 * Columns left out of the seal: derived from sealed ones (the search vector and text from the
 * titles, summaries and codes; the sort keys from the titles), they are also the dearest to
 * print, and hashing them doubled the time of a snapshot of 10,000.
 */
const DERIVED_COLUMNS = new Set(['search', 'search_text', 'sort_title_fi', 'sort_title_sv', 'sort_title_en']);

/** The SHA-256 of every copied row, table by table, as PostgreSQL prints them: one pass in the database. */
async function contentChecksum(db: Db, schema: string, contentVersion: number): Promise<string> {
  const columns = await queryRows<{ table: string; column: string }>(
    db,
    sql`select table_name as table, column_name as column from information_schema.columns
      where table_schema = ${schema} order by table_name, ordinal_position`,
  );
  const parts = (TABLES_OF_CONTENT[contentVersion] ?? SNAPSHOT_TABLES).map((table) => {
    const sealedColumns = columns
      .filter((c) => c.table === table && !DERIVED_COLUMNS.has(c.column))
      .map((c) => sql`t.${ident(c.column)}`);
    return sql`coalesce((select string_agg(row(${sql.join(sealedColumns, sql`, `)})::text, E'\n' order by t.${sql.raw(HASH_ORDER[table])}) from ${ident(schema)}.${ident(table)} t), '')`;
  });
  const [row] = await queryRows<{ checksum: string }>(
    db,
    sql`select encode(sha256(convert_to(${sql.join(parts, sql` || E'\n--\n' || `)}, 'UTF8')), 'hex') as checksum`,
  );
  return row?.checksum ?? '';
}

/** The checksum of a snapshot: its content's with its label, time and taker, so none of them changes unseen. */
function sealed(
  content: string,
  meta: {
    id: string;
    label: string;
    takenAt: Date;
    day: string;
    takenByName: string;
    contentVersion: number;
  },
) {
  const fields = `${content}:${meta.id}:${meta.label}:${meta.takenAt.toISOString()}:${meta.day}:${meta.takenByName}`;
  // Version 1 seals stay as they were sealed; later versions seal their version too, so that
  // lowering it (which would hide the cooperation copies from the check) breaks the seal.
  return meta.contentVersion === 1 ? fields : `${fields}:v${meta.contentVersion}`;
}

async function sealOf(db: Db, schema: string, meta: Parameters<typeof sealed>[1]): Promise<string> {
  const content = await contentChecksum(db, schema, meta.contentVersion);
  const [row] = await queryRows<{ seal: string }>(
    db,
    sql`select encode(sha256(convert_to(${sealed(content, meta)}, 'UTF8')), 'hex') as seal`,
  );
  return row?.seal ?? '';
}

/**
 * The seal a snapshot's row and copies make now, as its checksum must be. Exported for the test
 * that turns a snapshot into one of content version 1, as snapshots before issue 12 were.
 */
export const sealOfRow = (db: Db, row: typeof snapshots.$inferSelect) => sealOf(db, row.schemaName, row);

function toSnapshot(row: typeof snapshots.$inferSelect, valid: boolean | null = null): Snapshot {
  return {
    id: row.id,
    label: row.label,
    note: row.note,
    takenAt: row.takenAt,
    day: row.day,
    takenByName: row.takenByName,
    checksum: row.checksum,
    initiativeCount: row.initiativeCount,
    valid,
  };
}

/** Coordinators and admins: freezes the whole portfolio, archived initiatives too, in one transaction. */
export async function createSnapshot(
  db: Db,
  user: SessionUser,
  input: SnapshotCreateInput,
): Promise<Snapshot> {
  return writeTransaction(db, async (tx) => {
    const id = randomUUID();
    const [{ schema: current } = { schema: 'public' }] = await queryRows<{ schema: string }>(
      tx,
      sql`select current_schema() as schema`,
    );
    const schema = `${current}_snap_${id.replace(/-/g, '').slice(0, 20)}`;
    const s = ident(schema);
    await tx.execute(sql`create schema ${s}`);
    for (const table of SNAPSHOT_TABLES) {
      const copy = sql`${s}.${ident(table)}`;
      if (table === 'initiatives') {
        // Rows kept whole in the table up to a page: compressing an initiative's summaries and
        // search vector out of line (TOAST) cost most of a snapshot of 10,000.
        await tx.execute(sql`create table ${copy} (like initiatives) with (toast_tuple_target = 8160)`);
        await tx.execute(sql`insert into ${copy} select * from initiatives`);
      } else await tx.execute(sql`create table ${copy} as table ${ident(table)}`);
    }
    await tx.execute(sql`create table ${s}.${ident(DIFF_ROWS_TABLE)} as ${narrowRows(schema)}`);
    for (const table of [...SNAPSHOT_TABLES, DIFF_ROWS_TABLE]) {
      // Any later write to a copy bumps the data version (no cached read outlives it) and is
      // counted on the snapshot's row (its seal is checked again).
      const copy = sql`${s}.${ident(table)}`;
      await tx.execute(
        sql`create trigger snapshot_data_version after insert or update or delete or truncate on ${copy} for each statement execute function bump_data_version()`,
      );
      await tx.execute(
        sql`create trigger snapshot_touched after insert or update or delete or truncate on ${copy} for each statement execute function snapshot_touched()`,
      );
    }
    await tx.execute(sql`alter table ${s}.initiatives add primary key (id)`);
    await tx.execute(sql`alter table ${s}.eu_acts add primary key (id)`);
    await tx.execute(sql`create index on ${s}.eu_impacts (initiative_id, deadline)`);
    await tx.execute(sql`create index on ${s}.eu_impacts (eu_act_id)`);
    await tx.execute(sql`create index on ${s}.milestones (initiative_id)`);
    await tx.execute(sql`create index on ${s}.initiative_bodies (initiative_id)`);
    await tx.execute(sql`create index on ${s}.initiative_bodies (body_id)`);
    await tx.execute(sql`create index on ${s}.initiative_benchmarks (initiative_id)`);
    await tx.execute(sql`create index on ${s}.initiative_benchmarks (benchmark_id)`);
    // The row count and the columns reads filter and group by; the whole table (its search
    // vectors above all) took a second more of 10,000.
    await tx.execute(sql`analyze ${s}.initiatives (id, status, lead_ministry, tier, archived_at)`);
    const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from ${s}.initiatives`,
    );
    const [{ now } = { now: new Date() }] = await queryRows<{ now: Date }>(tx, sql`select now() as now`);
    const takenAt = new Date(now);
    const meta = {
      id,
      label: input.label,
      takenAt,
      day: todayInFinland(takenAt),
      takenByName: user.displayName,
      contentVersion: SNAPSHOT_CONTENT_VERSION,
    };
    const [row] = await tx
      .insert(snapshots)
      .values({
        ...meta,
        note: input.note ?? null,
        takenBy: user.id,
        schemaName: schema,
        checksum: await sealOf(tx, schema, meta),
        initiativeCount: Number(n),
      })
      .returning();
    if (!row) throw new Error('The snapshot row was not written.');
    // Sealed just now: its first reads need not hash it again.
    checked.set(checkKey(row), { valid: true, hasDiffRows: true });
    return toSnapshot(row, true);
  });
}

/** Every snapshot, the newest first (metadata only). */
export async function listSnapshots(db: Db): Promise<Snapshot[]> {
  const rows = await db.select().from(snapshots).orderBy(desc(snapshots.takenAt));
  return rows.map((row) => toSnapshot(row));
}

interface SealCheck {
  valid: boolean;
  /**
   * Whether it keeps the narrow table (DIFF_ROWS_TABLE); a snapshot taken before snapshots did is
   * diffed from its copied initiatives themselves.
   */
  hasDiffRows: boolean;
}

/**
 * Checked seals, by snapshot row (checkKey): a snapshot is hashed again only after its copies
 * were written to (by the trigger's count) or its row changed, not on every read.
 */
const checked = new Map<string, SealCheck>();

/**
 * A seal check holds for a snapshot's row as it was checked: the count of writes to its copies,
 * and every field of the row the seal covers (a changed label or content version is checked again).
 */
const checkKey = (row: typeof snapshots.$inferSelect) =>
  JSON.stringify([
    row.id,
    row.modifications,
    row.checksum,
    row.contentVersion,
    row.label,
    row.day,
    row.takenAt.toISOString(),
    row.takenByName,
  ]);

/** Whether a snapshot's narrow diff rows are its initiatives' (narrowRows), row for row: derived, they are checked, not sealed. */
async function diffRowsMatch(db: Db, schema: string): Promise<boolean> {
  const s = ident(schema);
  const columns = (side: string) => sql.raw(NARROW_COLUMNS.map((c) => `${side}.${c}`).join(', '));
  const [row] = await queryRows<{ differ: boolean }>(
    db,
    sql`select exists (select 1 from (${narrowRows(schema)}) a
      full join ${s}.${ident(DIFF_ROWS_TABLE)} b on a.id = b.id
      where a.id is null or b.id is null or (${columns('a')}) is distinct from (${columns('b')})) as differ`,
  );
  return row?.differ === false;
}

async function checkSeal(db: Db, row: typeof snapshots.$inferSelect): Promise<SealCheck> {
  const [found] = await queryRows<{ present: boolean }>(
    db,
    sql`select exists (select 1 from information_schema.tables
      where table_schema = ${row.schemaName} and table_name = ${DIFF_ROWS_TABLE}) as present`,
  );
  const hasDiffRows = found?.present === true;
  const valid =
    (await sealOfRow(db, row)) === row.checksum &&
    (!hasDiffRows || (await diffRowsMatch(db, row.schemaName)));
  return { valid, hasDiffRows };
}

/** A snapshot's row with its seal checked; NOT_FOUND for an unknown id. */
async function checkedRow(db: Db, id: string): Promise<{ row: typeof snapshots.$inferSelect } & SealCheck> {
  const [row] = await db.select().from(snapshots).where(eq(snapshots.id, id));
  if (!row) throw notFound('snapshot');
  const key = checkKey(row);
  let check = checked.get(key);
  if (check === undefined) {
    check = await checkSeal(db, row);
    checked.set(key, check);
  }
  return { row, ...check };
}

/** A snapshot with its seal checked; NOT_FOUND for an unknown id. */
export async function getSnapshot(db: Db, id: string): Promise<Snapshot> {
  const { row, valid } = await checkedRow(db, id);
  return toSnapshot(row, valid);
}

/**
 * A snapshot as one side of a diff (diff-inputs.ts): its metadata and where its rows are; NOT_FOUND
 * for an unknown id, CONFLICT for a tampered one.
 */
export async function diffSideOf(db: Db, id: string): Promise<{ snapshot: Snapshot; side: DiffSide }> {
  const { row, valid, hasDiffRows } = await checkedRow(db, id);
  if (!valid) throw conflict(sm('snapshotTampered'));
  return { snapshot: toSnapshot(row, valid), side: { schema: row.schemaName, hasDiffRows } };
}

/**
 * Runs a read against a snapshot: its schema first on the search path and its day as "today",
 * inside a transaction (a savepoint within the read cache's) whose search path is put back
 * before it ends. No snapshot id: the live read, unchanged. A snapshot whose seal no longer
 * matches is refused (CONFLICT, "tampered"): it is never shown as the picture it claims to be.
 */
export async function atSnapshot<T>(
  db: Db,
  snapshotId: string | undefined,
  read: (db: Db) => Promise<T>,
): Promise<T> {
  if (!snapshotId) return read(db);
  const { row, valid } = await checkedRow(db, snapshotId);
  if (!valid) throw conflict(sm('snapshotTampered'));
  const schema = row.schemaName;
  return db.transaction(async (tx) => {
    const [{ path } = { path: 'public' }] = await queryRows<{ path: string }>(
      tx as unknown as Db,
      sql`select current_setting('search_path') as path`,
    );
    await tx.execute(sql`select set_config('search_path', ${`"${schema}", ${path}`}, true)`);
    try {
      return await withReadDay(row.day, () =>
        withSnapshotContent(row.contentVersion, () => read(tx as unknown as Db)),
      );
    } finally {
      await tx.execute(sql`select set_config('search_path', ${path}, true)`);
    }
  });
}
