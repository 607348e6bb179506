import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { sessions, users } from '../../drizzle/schema/index.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { sm, waitMinutes } from '../../shared/server-messages.ts';
import type { Role, SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import {
  clearName,
  isKnownAddress,
  MAX_LOGIN_FAILURES,
  MAX_LOGIN_FAILURES_PER_ADDRESS,
  networkOf,
  releaseAttempt,
  rememberAddress,
  reserveAttempt,
} from './login-throttle.ts';
import { hashPassword, PasswordHashingBusy, passwordHashing, verifyPassword } from './password.ts';

export { MAX_LOGIN_FAILURES } from './login-throttle.ts';

export const SESSION_COOKIE = 'digisalkku_session';

const UNKNOWN_NETWORK = 'unknown';

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

function tooManyForName(retryAfterSeconds: number) {
  return new DomainError(
    'TOO_MANY_REQUESTS',
    sm('tooManyForName', { wait: waitMinutes(retryAfterSeconds) }),
    undefined,
    { reason: 'name', retryAfterSeconds },
  );
}

function tooManyForAddress(retryAfterSeconds: number) {
  return new DomainError(
    'TOO_MANY_REQUESTS',
    sm('tooManyForAddress', { wait: waitMinutes(retryAfterSeconds) }),
    undefined,
    { reason: 'address', retryAfterSeconds },
  );
}

/**
 * Checks a user name and password and opens a session. Anyone may call it; a wrong name and
 * a wrong password give the same answer, so it does not reveal which users exist.
 *
 * Throttled before any password is hashed (see README, "Sign-in is throttled"): each attempt
 * first reserves a place in its client network's count and then in its user name's count.
 * Over the network's limit it is refused; over the name's limit too, unless the user has
 * signed in from this network before. `clientAddress` is null for server-side callers, which
 * only the per-name limit applies to.
 */
export async function login(
  db: Db,
  username: string,
  password: string,
  sessionHours: number,
  clientAddress: string | null = null,
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  // A network that cannot be told is counted as one ("unknown"), but is never known-good.
  const network = clientAddress === null ? null : networkOf(clientAddress);
  const counted = clientAddress === null ? null : (network ?? UNKNOWN_NETWORK);
  if (counted !== null) {
    const byAddress = await reserveAttempt(db, 'address', counted, MAX_LOGIN_FAILURES_PER_ADDRESS);
    if (!byAddress.allowed) throw tooManyForAddress(byAddress.retryAfterSeconds);
  }
  const byName = await reserveAttempt(db, 'name', username, MAX_LOGIN_FAILURES);
  // Asked only when it matters: the name is locked, or a flood fills the hashing line.
  const knownNetwork = async () => network !== null && (await isKnownAddress(db, username, network));
  if (!byName.allowed && !(await knownNetwork())) throw tooManyForName(byName.retryAfterSeconds);
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.username, username), isNull(users.disabledAt)));
  let ok: boolean;
  try {
    const priority = !byName.allowed || (passwordHashing.full && (await knownNetwork()));
    ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH, { priority });
  } catch (error) {
    // Nothing was checked, so nothing counts.
    if (error instanceof PasswordHashingBusy) {
      await releaseAttempt(db, 'name', username);
      if (counted !== null) await releaseAttempt(db, 'address', counted);
    }
    throw error;
  }
  if (!row || !ok) throw new DomainError('UNAUTHORIZED', sm('wrongCredentials'));
  await clearName(db, username);
  if (counted !== null) await releaseAttempt(db, 'address', counted);
  if (network !== null) await rememberAddress(db, row.id, network);
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

/**
 * The user of a session token and the current data version, in one round trip: every cached
 * read needs both (the version keys the cache; see server/http/read-cache.ts).
 */
export async function sessionAndDataVersion(
  db: Db,
  token: string | undefined,
): Promise<{ user: SessionUser | null; dataVersion: number; expiresAt: Date | null }> {
  const [row] = await sessionAndDataVersionQuery(db).execute({
    tokenHash: hashToken(token ?? ''),
    now: new Date().toISOString(),
  });
  return {
    user: token && row?.user ? toSessionUser(row.user) : null,
    dataVersion: Number(row?.version ?? 0),
    expiresAt: token && row?.user ? row.expiresAt : null,
  };
}

/**
 * Built and prepared once per database: this query runs before every request, and building
 * it through drizzle each time was a fifth of the server's CPU on cached reads; on PostgreSQL
 * it is also a named statement, parsed and planned once per connection.
 */
function buildSessionAndDataVersionQuery(db: Db) {
  return db
    .select({
      version: sql<string>`(select version from data_version where id = 1)`,
      user: users,
      expiresAt: sessions.expiresAt,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(
      sessions,
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
      ),
    )
    .leftJoin(users, and(eq(users.id, sessions.userId), isNull(users.disabledAt)))
    .prepare('session_and_data_version');
}
const preparedSessionQueries = new WeakMap<Db, ReturnType<typeof buildSessionAndDataVersionQuery>>();
function sessionAndDataVersionQuery(db: Db) {
  let query = preparedSessionQueries.get(db);
  if (!query) {
    query = buildSessionAndDataVersionQuery(db);
    preparedSessionQueries.set(db, query);
  }
  return query;
}

export async function logout(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/**
 * Ends every session of a user (deactivation, a new password or role, "sign out everywhere"),
 * on every instance at once: sessions live only in the database, and every request looks its
 * session up there (on PGlite the delete moves the write counter the session memo watches).
 * `keepToken` keeps the caller's own session, for a user changing their own password.
 */
export async function endSessionsOf(db: Db, userId: string, keepToken?: string): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(
      keepToken
        ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${hashToken(keepToken)}`)
        : eq(sessions.userId, userId),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  ministry: MinistryCode | null;
  password: string;
  /** Created by demo mode (only such users get DEMO_PASSWORD at later starts). */
  demo?: boolean;
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
      demo: user.demo ?? false,
    })
    .returning();
  if (!row) throw new Error('Inserting a user returned no row.');
  return toSessionUser(row);
}
