import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { auditEvents, sessions, users } from '../../drizzle/schema/index.ts';
import type { AuditAction } from '../../shared/audit.ts';
import type { FieldChange } from '../../shared/initiative-changes.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { sm } from '../../shared/server-messages.ts';
import type { Role } from '../../shared/user.ts';
import {
  type ManagedUser,
  type UserCreateInput,
  type UserPasswordResetInput,
  type UserUpdateInput,
  userCreateInputSchema,
  userPasswordResetInputSchema,
  userUpdateInputSchema,
} from '../../shared/user-admin.ts';
import type { Db } from '../db/database.ts';
import { uniqueViolation } from '../db/unique-violation.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { DomainError, forbidden } from '../errors.ts';
import { type Actor, actorId, recordAuditEvent } from './audit.ts';
import { DEFAULT_IDLE_MINUTES, endSessionsOf } from './auth.ts';
import { hashPassword } from './password.ts';
import { checkNewPassword } from './password-policy.ts';

/** What a change did: the user as they are now, and how many of their sessions it ended. */
export interface UserChange {
  user: ManagedUser;
  endedSessions: number;
}

type UserRow = typeof users.$inferSelect;

const userNotFound = () => new DomainError('NOT_FOUND', sm('userNotFound'));
const usernameTaken = (username: string) =>
  new DomainError('CONFLICT', sm('usernameTaken', { username }), 'username');

/**
 * Per user: the sessions still live (neither expired nor idle for `idleMinutes`), and the latest
 * sign-in and request among the sessions kept (ended and cleaned-up ones are gone).
 */
function sessionSummary(db: Db, idleMinutes: number) {
  const now = Date.now();
  const expiresAfter = new Date(now).toISOString();
  const seenAfter = new Date(now - idleMinutes * 60_000).toISOString();
  return db
    .select({
      userId: sessions.userId,
      active:
        sql<number>`count(*) filter (where ${sessions.expiresAt} > ${expiresAfter}::timestamptz and ${sessions.lastSeenAt} > ${seenAfter}::timestamptz)`
          .mapWith(Number)
          .as('active'),
      lastSignInAt: sql<Date | null>`max(${sessions.createdAt})`
        .mapWith(sessions.createdAt)
        .as('last_sign_in'),
      lastSeenAt: sql<Date | null>`max(${sessions.lastSeenAt})`.mapWith(sessions.lastSeenAt).as('last_seen'),
    })
    .from(sessions)
    .groupBy(sessions.userId)
    .as('session_summary');
}

function selectManagedUsers(db: Db, idleMinutes = DEFAULT_IDLE_MINUTES) {
  const summary = sessionSummary(db, idleMinutes);
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      ministry: users.ministry,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
      disabledAt: users.disabledAt,
      passwordChangedAt: users.passwordChangedAt,
      demo: users.demo,
      lastSignInAt: summary.lastSignInAt,
      lastSeenAt: summary.lastSeenAt,
      activeSessions: summary.active,
    })
    .from(users)
    .leftJoin(summary, eq(summary.userId, users.id));
}

type SelectedUser = Awaited<ReturnType<ReturnType<typeof selectManagedUsers>['execute']>>[number];

function toManagedUser(row: SelectedUser): ManagedUser {
  return {
    ...row,
    role: row.role as Role,
    ministry: (row.ministry as MinistryCode | null) ?? null,
    lastSignInAt: row.lastSignInAt ?? null,
    lastSeenAt: row.lastSeenAt ?? null,
    activeSessions: row.activeSessions ?? 0,
  };
}

/**
 * Every user, by user name, with their session activity and never a password hash. Admins.
 * `idleMinutes` is the server's idle timeout (SESSION_IDLE_MINUTES), which live sessions are within.
 */
export async function listUsers(db: Db, idleMinutes = DEFAULT_IDLE_MINUTES): Promise<ManagedUser[]> {
  const rows = await selectManagedUsers(db, idleMinutes).orderBy(asc(users.username));
  return rows.map(toManagedUser);
}

/** One user as listed; NOT_FOUND when there is none. */
export async function getManagedUser(db: Db, id: string): Promise<ManagedUser> {
  const [row] = await selectManagedUsers(db).where(eq(users.id, id));
  if (!row) throw userNotFound();
  return toManagedUser(row);
}

/** The user's row, locked until the transaction ends: changes to one user run one after another. */
async function lockUser(tx: Db, id: string): Promise<UserRow> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw userNotFound();
  return row;
}

/**
 * Refuses to take the last active administrator away (by deactivating or demoting them), and
 * an administrator's doing it to themselves: someone must always be able to manage the users,
 * and locking oneself out by a slip should take a colleague. The other active administrators
 * are locked too, so two admins demoting each other at once cannot both succeed.
 */
async function keepAnAdministrator(
  tx: Db,
  actor: Actor,
  target: UserRow,
  change: 'deactivate' | 'demote',
): Promise<void> {
  if (actorId(actor) === target.id)
    throw forbidden(sm(change === 'deactivate' ? 'cannotDeactivateSelf' : 'cannotDemoteSelf'));
  if (target.role !== 'admin' || target.disabledAt) return;
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, target.id)))
    .for('update');
  if (others.length === 0)
    throw new DomainError('CONFLICT', sm('lastAdmin', { name: target.displayName }), 'role');
}

/** Records a change on the user's own history, numbered after its last event. */
async function recordUserEvent(
  tx: Db,
  actor: Actor,
  userId: string,
  action: AuditAction,
  changes: FieldChange<string>[],
): Promise<void> {
  const [{ last } = { last: 0 }] = await tx
    .select({ last: sql<number>`coalesce(max(${auditEvents.version}), 0)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, userId)));
  await recordAuditEvent(
    tx,
    { entityType: 'user', entityId: userId, action, version: last + 1, changes },
    actor,
  );
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Creates a user with a role (an editor with their ministry) and an initial password that
 * passes the password policy. Admins, and the command line. CONFLICT when the user name is taken.
 */
export async function createManagedUser(db: Db, actor: Actor, input: UserCreateInput): Promise<UserChange> {
  const data = userCreateInputSchema.parse(input);
  checkNewPassword(data.password, data.username);
  const taken = async () => (await db.$count(users, sql`lower(${users.username}) = ${data.username}`)) > 0;
  // Asked before hashing, so a taken name is told at once; the unique index settles a race.
  if (await taken()) throw usernameTaken(data.username);
  const passwordHash = await hashPassword(data.password);
  try {
    const id = await writeTransaction(db, async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({
          username: data.username,
          displayName: data.displayName,
          role: data.role,
          ministry: data.ministry,
          passwordHash,
        })
        .returning({ id: users.id });
      if (!row) throw new Error('Inserting a user returned no row.');
      await recordUserEvent(tx, actor, row.id, 'create', [
        { field: 'username', before: null, after: data.username },
        { field: 'displayName', before: null, after: data.displayName },
        { field: 'role', before: null, after: data.role },
        { field: 'ministry', before: null, after: data.ministry },
      ]);
      return row.id;
    });
    return { user: await getManagedUser(db, id), endedSessions: 0 };
  } catch (error) {
    if (uniqueViolation(error) === 'users_username_unique') throw usernameTaken(data.username);
    throw error;
  }
}

/**
 * Changes a user's name, role and ministry. A new role or ministry ends the user's sessions at
 * once, so what they may do changes with their next request (they sign in again); a new name
 * alone does not. Admins; an admin cannot demote themselves or the last active admin.
 */
export async function updateUser(db: Db, actor: Actor, input: UserUpdateInput): Promise<UserChange> {
  const data = userUpdateInputSchema.parse(input);
  const endedSessions = await writeTransaction(db, async (tx) => {
    const before = await lockUser(tx, data.id);
    const changes: FieldChange<string>[] = [];
    for (const field of ['displayName', 'role', 'ministry'] as const)
      if (before[field] !== data[field]) changes.push({ field, before: before[field], after: data[field] });
    if (changes.length === 0) return 0;
    if (before.role === 'admin' && data.role !== 'admin')
      await keepAnAdministrator(tx, actor, before, 'demote');
    await tx
      .update(users)
      .set({ displayName: data.displayName, role: data.role, ministry: data.ministry, updatedAt: new Date() })
      .where(eq(users.id, data.id));
    await recordUserEvent(tx, actor, data.id, 'update', changes);
    const rightsChanged = changes.some((change) => change.field !== 'displayName');
    return rightsChanged ? endSessionsOf(tx, data.id) : 0;
  });
  return { user: await getManagedUser(db, data.id), endedSessions };
}

/**
 * Deactivates a user: they cannot sign in, and every session of theirs ends at once (on every
 * server instance: sessions live in the database). Nothing of theirs is removed; reactivating
 * lets them sign in again. Admins; not themselves, nor the last active admin.
 */
export async function deactivateUser(db: Db, actor: Actor, id: string): Promise<UserChange> {
  const endedSessions = await writeTransaction(db, async (tx) => {
    const before = await lockUser(tx, id);
    if (before.disabledAt) throw new DomainError('INVALID', sm('userAlreadyDeactivated'));
    await keepAnAdministrator(tx, actor, before, 'deactivate');
    const now = new Date();
    await tx.update(users).set({ disabledAt: now, updatedAt: now }).where(eq(users.id, id));
    await recordUserEvent(tx, actor, id, 'deactivate', [
      { field: 'disabledAt', before: null, after: iso(now) },
    ]);
    return endSessionsOf(tx, id);
  });
  return { user: await getManagedUser(db, id), endedSessions };
}

/** Lets a deactivated user sign in again (with their old password; reset it if needed). Admins. */
export async function reactivateUser(db: Db, actor: Actor, id: string): Promise<UserChange> {
  await writeTransaction(db, async (tx) => {
    const before = await lockUser(tx, id);
    if (!before.disabledAt) throw new DomainError('INVALID', sm('userNotDeactivated'));
    await tx.update(users).set({ disabledAt: null, updatedAt: new Date() }).where(eq(users.id, id));
    await recordUserEvent(tx, actor, id, 'reactivate', [
      { field: 'disabledAt', before: iso(before.disabledAt), after: null },
    ]);
  });
  return { user: await getManagedUser(db, id), endedSessions: 0 };
}

/**
 * Gives a user a new password, which must pass the password policy, and ends their sessions:
 * whoever knew the old one is out. An admin resetting their own keeps the session they do it
 * in (`keepToken`). The history records when, never the password. Admins.
 */
export async function resetPassword(
  db: Db,
  actor: Actor,
  input: UserPasswordResetInput,
  keepToken?: string,
): Promise<UserChange> {
  const data = userPasswordResetInputSchema.parse(input);
  const [target] = await db.select({ username: users.username }).from(users).where(eq(users.id, data.id));
  if (!target) throw userNotFound();
  checkNewPassword(data.password, target.username);
  const passwordHash = await hashPassword(data.password);
  const endedSessions = await writeTransaction(db, async (tx) => {
    const before = await lockUser(tx, data.id);
    const now = new Date();
    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, data.id));
    await recordUserEvent(tx, actor, data.id, 'reset_password', [
      { field: 'passwordChangedAt', before: iso(before.passwordChangedAt), after: iso(now) },
    ]);
    return endSessionsOf(tx, data.id, actorId(actor) === data.id ? keepToken : undefined);
  });
  return { user: await getManagedUser(db, data.id), endedSessions };
}
