import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { loginFailures, sessions, users } from '../../drizzle/schema/index.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import type { Role, SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { hashPassword, verifyPassword } from './password.ts';

export const SESSION_COOKIE = 'digisalkku_session';

/** Sign-in throttle: this many failures for one user name within the window lock it for the window. */
export const MAX_LOGIN_FAILURES = 10;
const FAILURE_WINDOW_MS = 15 * 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Verified against when the user name is unknown, so both failures take the same time.
const DUMMY_HASH = await hashPassword('not-a-real-password');

function toSessionUser(row: typeof users.$inferSelect): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    ministry: (row.ministry as MinistryCode | null) ?? null,
  };
}

/**
 * Checks a user name and password and opens a session. Anyone may call it; a wrong name and
 * a wrong password give the same answer, so it does not reveal which users exist.
 */
export async function login(
  db: Db,
  username: string,
  password: string,
  sessionHours: number,
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const failures = await db.$count(
    loginFailures,
    and(eq(loginFailures.username, username), gt(loginFailures.at, since)),
  );
  // Checked before the password, so guessing costs no scrypt work once the limit is reached.
  if (failures >= MAX_LOGIN_FAILURES) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'Too many failed sign-ins for this user name; wait 15 minutes and try again, or ask an administrator.',
    );
  }
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.username, username), isNull(users.disabledAt)));
  const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok) {
    await db.insert(loginFailures).values({ username });
    throw new DomainError('UNAUTHORIZED', 'Wrong user name or password.');
  }
  await db.delete(loginFailures).where(or(eq(loginFailures.username, username), lt(loginFailures.at, since)));
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionHours * 3_600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId: row.id, expiresAt });
  // Housekeeping: expired sessions are useless; removing them at sign-in keeps the table small.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, user: toSessionUser(row), expiresAt };
}

/** The user of a live session token, or null. */
export async function userForSession(db: Db, token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, new Date()),
        isNull(users.disabledAt),
      ),
    );
  return row ? toSessionUser(row.user) : null;
}

export async function logout(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  ministry: MinistryCode | null;
  password: string;
}

export async function createUser(db: Db, user: NewUser): Promise<SessionUser> {
  const [row] = await db
    .insert(users)
    .values({
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      ministry: user.ministry,
      passwordHash: await hashPassword(user.password),
    })
    .returning();
  if (!row) throw new Error('Inserting a user returned no row.');
  return toSessionUser(row);
}
