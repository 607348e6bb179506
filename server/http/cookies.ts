import { sessionCookieName } from '../services/auth.ts';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (no cross-site posts carry
 * it); over TLS also Secure and `__Host-` prefixed (bound to this host, never to a subdomain).
 */
export function sessionCookie(token: string | null, expiresAt: Date | undefined, secure: boolean): string {
  const parts = [`${sessionCookieName(secure)}=${token ?? ''}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (secure) parts.push('Secure');
  if (token && expiresAt) parts.push(`Expires=${expiresAt.toUTCString()}`);
  if (!token) parts.push('Max-Age=0');
  return parts.join('; ');
}
