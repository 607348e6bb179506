import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './user.ts';

/**
 * A frozen picture of the portfolio (issue 11). Its rows live in a schema of their own, named
 * here, holding copies of the tables the reads use (initiatives, eu_impacts, milestones,
 * eu_acts, scoring_criteria, weightings): a read of the snapshot is the same SQL with that
 * schema first on the search path (server/services/snapshot.ts). `checksum` is the SHA-256 of
 * the copies' rows, checked before the snapshot is shown.
 */
export const snapshots = pgTable('snapshots', {
  id: uuid('id').primaryKey(),
  label: text('label').notNull(),
  note: text('note'),
  takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  /** Helsinki's calendar day of `takenAt`: the "today" of every read of the snapshot. */
  day: text('day').notNull(),
  takenBy: uuid('taken_by').references(() => users.id, { onDelete: 'set null' }),
  takenByName: text('taken_by_name').notNull(),
  schemaName: text('schema_name').notNull().unique(),
  checksum: text('checksum').notNull(),
  initiativeCount: integer('initiative_count').notNull(),
  /** Writes to the copies since (a trigger counts them): the seal is checked again after each. */
  modifications: integer('modifications').notNull().default(0),
  /**
   * What the copies hold: 1 before issue 12, 2 with the cooperation bodies, benchmarks and
   * their links. A read of a version-1 snapshot finds none of them (it did not freeze them).
   */
  contentVersion: integer('content_version').notNull().default(1),
});
