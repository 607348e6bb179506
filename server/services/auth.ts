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

/**
 * The session cookie's name. Over TLS it carries the `__Host-` prefix, which browsers accept
 * only with Secure, Path=/ and no Domain: no subdomain and no plain-HTTP page can set or
 * shadow it. Plain-HTTP development cannot use the prefix, so it goes without.
 */
export const SESSION_COOKIE = 'digisalkku_session';
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
export const sessionCookieName = (secure: boolean) => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

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
  const { token, expiresAt } = await openSession(db, row.id, sessionHours);
  return { token, user: toSessionUser(row), expiresAt };
}

/**
 * Opens a session for a user whose identity has been checked (by password, or by single
 * sign-on): a fresh random token, kept in the database only as its SHA-256. The caller has
 * refused disabled users.
 */
export async function openSession(
  db: Db,
  userId: string,
  sessionHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionHours * 3_600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  // Housekeeping: expired sessions are useless; removing them at sign-in keeps the table small.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, expiresAt };
}

/** Minutes without a request after which a session ends (SESSION_IDLE_MINUTES). */
export const DEFAULT_IDLE_MINUTES = 60;

/**
 * How stale a session's last-seen time may get before a request writes it again: the idle
 * timeout is exact to this much, and an active user costs one small write a minute, not one
 * per request (a write per read would also empty PGlite's session memo on every request).
 */
export const TOUCH_INTERVAL_MS = 60_000;

const idleSince = (idleMinutes: number, now: number) => new Date(now - idleMinutes * 60_000);

/** Moves a session's last-seen time to now when it is older than the touch interval. */
async function touchSession(db: Db, tokenHash: string, lastSeenAt: Date, now: number): Promise<boolean> {
  if (now - lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return false;
  await db
    .update(sessions)
    .set({ lastSeenAt: new Date(now) })
    .where(eq(sessions.tokenHash, tokenHash));
  return true;
}

/**
 * The user of a live session token, or null: the session has neither expired (SESSION_HOURS
 * after sign-in) nor been idle for `idleMinutes`, and its user is active.
 */
export async function userForSession(
  db: Db,
  token: string | undefined,
  idleMinutes = DEFAULT_IDLE_MINUTES,
): Promise<SessionUser | null> {
  if (!token) return null;
  const now = Date.now();
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ user: users, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, new Date(now)),
        gt(sessions.lastSeenAt, idleSince(idleMinutes, now)),
        isNull(users.disabledAt),
      ),
    );
  if (!row) return null;
  await touchSession(db, tokenHash, row.lastSeenAt, now);
  return toSessionUser(row.user);
}

/**
 * The user of a session token and the current data version, in one round trip: every cached
 * read needs both (the version keys the cache; see server/http/read-cache.ts). `validUntil`
 * says how long the answer may be remembered: until the session expires, and no longer than
 * the touch interval, so an active user's last-seen time keeps moving; `touched` that this
 * lookup wrote the last-seen time.
 */
export async function sessionAndDataVersion(
  db: Db,
  token: string | undefined,
  idleMinutes = DEFAULT_IDLE_MINUTES,
): Promise<{ user: SessionUser | null; dataVersion: number; validUntil: number; touched: boolean }> {
  const now = Date.now();
  const tokenHash = hashToken(token ?? '');
  const [row] = await sessionAndDataVersionQuery(db).execute({
    tokenHash,
    now: new Date(now).toISOString(),
    idleSince: idleSince(idleMinutes, now).toISOString(),
  });
  const live = Boolean(token && row?.user && row.expiresAt && row.lastSeenAt);
  const touched = live && row?.lastSeenAt ? await touchSession(db, tokenHash, row.lastSeenAt, now) : false;
  return {
    touched,
    user: live && row?.user ? toSessionUser(row.user) : null,
    dataVersion: Number(row?.version ?? 0),
    validUntil:
      live && row?.expiresAt
        ? Math.min(row.expiresAt.getTime(), now + TOUCH_INTERVAL_MS)
        : Number.POSITIVE_INFINITY,
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
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(
      sessions,
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
        gt(sessions.lastSeenAt, sql`${sql.placeholder('idleSince')}::timestamptz`),
      ),
    )
    .leftJoin(users, and(eq(users.id, sessions.userId), isNull(users.disabledAt)))
    .prepare('session_and_data_version_idle');
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
