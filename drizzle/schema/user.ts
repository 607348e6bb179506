import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ministries } from './ministry.ts';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  ministry: text('ministry').references(() => ministries.code),
  /** scrypt, as `scrypt$N$r$p$salt$hash` (see server/services/password.ts). */
  passwordHash: text('password_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  /** Created by demo mode: only these users get DEMO_PASSWORD at start, never a real user. */
  demo: boolean('demo').notNull().default(false),
});

/** Sessions live in the database so that several server instances can share them. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not leak usable sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  // Serves the clean-up of expired sessions.
  (t) => [index('sessions_expires_at_idx').on(t.expiresAt)],
);
