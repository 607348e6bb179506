import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './user.ts';

/**
 * The sign-in throttle: attempts per user name and per client address within a fixed window.
 * One row per (scope, key), reserved by a single upsert before any password is checked, so
 * parallel requests cannot all pass one check; kept in the database so the limit holds across
 * instances (see server/services/login-throttle.ts).
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    scope: text('scope', { enum: ['name', 'address'] }).notNull(),
    /** The user name as typed (trimmed, lower case), or the client's network (IPv4 address, IPv6 /64). */
    key: text('key').notNull(),
    /** Attempts reserved in this window; a successful sign-in gives its attempt back. */
    attempts: integer('attempts').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    // Serves the clean-up of windows that have run out.
    index('login_throttle_window_start_idx').on(t.windowStart),
  ],
);

/**
 * Networks a user has signed in from successfully: from these the right password still
 * works while the user name is locked, so a stranger's guesses cannot lock the owner out.
 */
export const loginKnownAddresses = pgTable(
  'login_known_addresses',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The key serves "has this user signed in from this network?" and one user's clean-up.
  (t) => [primaryKey({ columns: [t.userId, t.address] })],
);
