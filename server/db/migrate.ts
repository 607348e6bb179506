import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { projectPath } from '../project-root.ts';
import { type Db, queryRows } from './database.ts';

const MIGRATIONS_DIR = projectPath('drizzle', 'migrations/');

interface Journal {
  entries: { idx: number; tag: string }[];
}

export interface MigrationState {
  applied: number;
  latest: string | null;
}

/**
 * Applies the migrations drizzle-kit generated, in journal order, each once. We read the
 * journal ourselves rather than use drizzle's migrator because its SQL names the `public`
 * schema, and tests put each file in a schema of its own: stripping that qualifier lets one
 * set of migrations serve every schema. All of it runs in one transaction under an advisory
 * lock, so several instances starting at once apply each migration exactly once.
 */
export async function migrate(db: Db): Promise<MigrationState> {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_DIR}meta/_journal.json`, 'utf8')) as Journal;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4150721)`);
    await tx.execute(
      sql`create table if not exists schema_migrations (tag text primary key, applied_at timestamptz not null default now())`,
    );
    const done = await queryRows<{ tag: string }>(tx, sql`select tag from schema_migrations`);
    const applied = new Set(done.map((row) => row.tag));
    for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
      if (applied.has(entry.tag)) continue;
      const text = readFileSync(`${MIGRATIONS_DIR}${entry.tag}.sql`, 'utf8').replaceAll('"public".', '');
      for (const statement of text.split('--> statement-breakpoint')) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(sql`insert into schema_migrations (tag) values (${entry.tag})`);
    }
  });
  return migrationState(db);
}

export async function migrationState(db: Db): Promise<MigrationState> {
  const [row] = await queryRows<{ tag: string | null; count: number }>(
    db,
    sql`select max(tag) as tag, count(*)::int as count from schema_migrations`,
  );
  return { applied: Number(row?.count ?? 0), latest: row?.tag ?? null };
}
