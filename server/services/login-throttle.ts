import { isIPv4, isIPv6 } from 'node:net';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { loginKnownAddresses, loginThrottle, users } from '../../drizzle/schema/index.ts';
import type { Db } from '../db/database.ts';

/** Attempts one user name may have checked per window, from addresses it has not signed in from. */
export const MAX_LOGIN_FAILURES = 10;
/** Failed attempts one client network may make per window, whichever names it tries. */
export const MAX_LOGIN_FAILURES_PER_ADDRESS = 30;
export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** A network a user signed in from within this many days is known-good for them. */
export const KNOWN_ADDRESS_DAYS = 30;

export type ThrottleScope = 'name' | 'address';

export interface Reservation {
  allowed: boolean;
  /** Seconds until this window ends and the count starts again. */
  retryAfterSeconds: number;
}

const WINDOW = sql.raw(`interval '${LOGIN_WINDOW_SECONDS} seconds'`);

/**
 * Reserves one attempt for `key` before its password is checked. Check and count are one
 * upsert, so parallel requests each see their own count and at most `limit` of them pass;
 * a window that has run out starts again at 1. Past the limit the count stops at limit + 1.
 */
export async function reserveAttempt(
  db: Db,
  scope: ThrottleScope,
  key: string,
  limit: number,
): Promise<Reservation> {
  const expired = sql`${loginThrottle.windowStart} <= now() - ${WINDOW}`;
  const [row] = await db
    .insert(loginThrottle)
    .values({ scope, key, attempts: 1, windowStart: sql`now()` })
    .onConflictDoUpdate({
      target: [loginThrottle.scope, loginThrottle.key],
      set: {
        attempts: sql`case when ${expired} then 1 else least(${loginThrottle.attempts} + 1, ${sql.raw(String(limit + 1))}) end`,
        windowStart: sql`case when ${expired} then now() else ${loginThrottle.windowStart} end`,
      },
    })
    .returning({
      attempts: loginThrottle.attempts,
      retryAfterSeconds: sql<number>`ceil(extract(epoch from ${loginThrottle.windowStart} + ${WINDOW} - now()))::int`,
    });
  if (!row) throw new Error('Reserving a sign-in attempt returned no row.');
  return { allowed: row.attempts <= limit, retryAfterSeconds: Math.max(1, Number(row.retryAfterSeconds)) };
}

/** Gives a reserved attempt back: its password was right, or it was never checked. */
export async function releaseAttempt(db: Db, scope: ThrottleScope, key: string): Promise<void> {
  await db
    .update(loginThrottle)
    .set({ attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)` })
    .where(and(eq(loginThrottle.scope, scope), eq(loginThrottle.key, key)));
}

/** Forgets a user name's attempts after a successful sign-in, and every window that has run out. */
export async function clearName(db: Db, username: string): Promise<void> {
  await db.delete(loginThrottle).where(and(eq(loginThrottle.scope, 'name'), eq(loginThrottle.key, username)));
  await db.delete(loginThrottle).where(lt(loginThrottle.windowStart, sql`now() - ${WINDOW}`));
}

/** Whether the user of this name signed in successfully from this network lately. */
export async function isKnownAddress(db: Db, username: string, address: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: loginKnownAddresses.userId })
    .from(loginKnownAddresses)
    .innerJoin(users, eq(users.id, loginKnownAddresses.userId))
    .where(
      and(
        eq(users.username, username),
        eq(loginKnownAddresses.address, address),
        gt(loginKnownAddresses.lastSignInAt, sql`now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})`),
      ),
    );
  return row !== undefined;
}

/** Records a successful sign-in from this network, and forgets the user's networks gone stale. */
export async function rememberAddress(db: Db, userId: string, address: string): Promise<void> {
  await db
    .insert(loginKnownAddresses)
    .values({ userId, address })
    .onConflictDoUpdate({
      target: [loginKnownAddresses.userId, loginKnownAddresses.address],
      set: { lastSignInAt: sql`now()` },
    });
  await db
    .delete(loginKnownAddresses)
    .where(
      and(
        eq(loginKnownAddresses.userId, userId),
        lt(loginKnownAddresses.lastSignInAt, sql`now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})`),
      ),
    );
}

/**
 * The network an address is counted under: an IPv4 address as it is, IPv6 by its /64 — one
 * subscriber usually has a whole /64, and counting single IPv6 addresses would give an attacker
 * 2^64 fresh ones. IPv4-mapped IPv6 (`::ffff:192.0.2.1`) is the IPv4 address. Null for
 * anything that is no IP address (the socket could not tell).
 */
export function networkOf(address: string): string | null {
  const plain = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(plain)) return plain;
  if (!isIPv6(plain)) return null;
  return `${expandIPv6(plain).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, each without leading zeros. */
function expandIPv6(address: string): string[] {
  let text = address;
  // An embedded IPv4 tail (64:ff9b::192.0.2.1) is two groups.
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const groups =
    rest === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}
