import { asc, sql } from 'drizzle-orm';
import { ministries } from '../../drizzle/schema/index.ts';
import { MINISTRIES, type Ministry, type MinistryCode } from '../../shared/ministry.ts';
import type { Db } from '../db/database.ts';

/**
 * Ministries are reference data every deployment needs (production too), so they are
 * written on every start: new names in shared/ministry.ts reach the database without a migration.
 */
export async function ensureMinistries(db: Db): Promise<void> {
  await db
    .insert(ministries)
    .values(
      MINISTRIES.map((m) => ({
        code: m.code,
        nameFi: m.name.fi,
        nameSv: m.name.sv ?? m.name.fi,
        nameEn: m.name.en ?? m.name.fi,
        sortOrder: m.sortOrder,
        digitoimisto: m.digitoimisto,
      })),
    )
    .onConflictDoUpdate({
      target: ministries.code,
      set: {
        nameFi: sql`excluded.name_fi`,
        nameSv: sql`excluded.name_sv`,
        nameEn: sql`excluded.name_en`,
        sortOrder: sql`excluded.sort_order`,
        digitoimisto: sql`excluded.digitoimisto`,
      },
    });
}

/** All ministries, Digitoimisto's three first. Any signed-in user. */
export async function listMinistries(db: Db): Promise<Ministry[]> {
  const rows = await db.select().from(ministries).orderBy(asc(ministries.sortOrder));
  return rows.map((row) => ({
    code: row.code as MinistryCode,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    sortOrder: row.sortOrder,
    digitoimisto: row.digitoimisto,
  }));
}
