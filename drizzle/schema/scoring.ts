import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ministries } from './ministry.ts';
import { users } from './user.ts';

/**
 * The criteria initiatives are scored on (1–5 each). Coordinators define them; the defaults
 * (shared/default-scoring.ts) are written when the table is empty. A criterion removed from the
 * list leaves its scores in the initiatives' `scores`, unread, so putting it back restores them.
 */
export const scoringCriteria = pgTable('scoring_criteria', {
  key: text('key').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
  /** What 1…5 mean: five { fi, sv, en } texts. */
  levels: jsonb('levels').notNull(),
  direction: text('direction').notNull(),
  position: integer('position').notNull(),
});

/** Named sets of weights over the criteria: Digitoimisto's own (the default) and the ministries'. */
export const weightings = pgTable(
  'weightings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    ministry: text('ministry').references(() => ministries.code),
    weights: jsonb('weights').notNull().default({}),
    isDefault: boolean('is_default').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  // Exactly one default: the weighting the list, the board and the initiative page score by.
  (t) => [uniqueIndex('weightings_one_default_idx').on(t.isDefault).where(sql`is_default`)],
);
