import { SESSION_COOKIE } from '../services/auth.ts';

/** The session cookie: HttpOnly (no script reads it), SameSite=Lax (no cross-site posts carry it). */
export function sessionCookie(token: string | null, expiresAt: Date | undefined, secure: boolean): string {
  const parts = [`${SESSION_COOKIE}=${token ?? ''}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (secure) parts.push('Secure');
  if (token && expiresAt) parts.push(`Expires=${expiresAt.toUTCString()}`);
  if (!token) parts.push('Max-Age=0');
  return parts.join('; ');
}
