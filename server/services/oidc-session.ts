import { createHash, randomBytes } from 'node:crypto';
import { lt } from 'drizzle-orm';
import { sessions } from '../../drizzle/schema/index.ts';
import type { Db } from '../db/database.ts';

/**
 * Opens a session for a user whose identity was checked elsewhere (single sign-on): a fresh
 * random token, kept in the database only as its SHA-256, exactly like a password sign-in's
 * session (server/services/auth.ts `login`), so `userForSession` and sign-out treat both alike.
 * The caller has already refused disabled users.
 */
export async function openSessionFor(
  db: Db,
  userId: string,
  sessionHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionHours * 3_600_000);
  const tokenHash = createHash('sha256').update(token).digest('hex');
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
  // The same housekeeping as a password sign-in: expired sessions only take room.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, expiresAt };
}
