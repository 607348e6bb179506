import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { sm } from '../../shared/server-messages.ts';
import { logServerError } from '../log.ts';
import type { OidcConfig } from '../oidc-config.ts';
import { logout, openSession, sessionCookieName } from '../services/auth.ts';
import {
  endSessionsOfIdentity,
  identityFromClaims,
  OidcProvider,
  provisionSsoUser,
  type SsoAttempt,
  type SsoErrorCode,
  type SsoIdentity,
  SsoRefusal,
  ssoErrorCode,
} from '../services/oidc.ts';
import type { AppEnv } from './app.ts';
import { sessionCookie } from './cookies.ts';

/** How long a user may spend at the provider between the button and the callback. */
const ATTEMPT_SECONDS = 10 * 60;

/** Where a sign-in goes when it was not told, or was told somewhere it may not go. */
const HOME = '/';
const PLACEHOLDER_ORIGIN = 'http://digisalkku.invalid';

function hasControlCharacter(value: string): boolean {
  for (let at = 0; at < value.length; at += 1) {
    const code = value.charCodeAt(at);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * A same-origin path to land on after signing in, or `/`. Only paths: never another origin,
 * a protocol-relative `//host`, a backslash (browsers read `/\host` as `//host`) or an API URL.
 */
export function safeReturnTo(value: string | undefined | null): string {
  if (!value || value.length > 2000 || !value.startsWith('/')) return HOME;
  if (value.startsWith('//') || value.includes('\\') || hasControlCharacter(value)) return HOME;
  const url = URL.canParse(value, PLACEHOLDER_ORIGIN) ? new URL(value, PLACEHOLDER_ORIGIN) : null;
  if (!url || url.origin !== PLACEHOLDER_ORIGIN) return HOME;
  if (/^\/(api|trpc)(\/|$)/.test(url.pathname) || url.pathname === '/login') return HOME;
  return url.pathname + url.search + url.hash;
}

interface SealedAttempt extends SsoAttempt {
  returnTo: string;
  /** Epoch milliseconds after which the attempt is void. */
  expiresAt: number;
}

/**
 * The attempt cookie is signed (HMAC-SHA-256) with a key derived from the client secret, so
 * every instance behind a load balancer can check it and no one else can forge one.
 */
function attemptSealer(clientSecret: string) {
  const key = Buffer.from(hkdfSync('sha256', clientSecret, '', 'digisalkku sso attempt cookie', 32));
  const mac = (payload: string) => createHmac('sha256', key).update(payload).digest();
  return {
    seal(attempt: SealedAttempt): string {
      const payload = Buffer.from(JSON.stringify(attempt)).toString('base64url');
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    open(value: string | undefined): SealedAttempt | null {
      const [payload, signature, extra] = (value ?? '').split('.');
      if (!payload || !signature || extra !== undefined) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const attempt = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SealedAttempt;
        return attempt.expiresAt > Date.now() ? attempt : null;
      } catch {
        return null;
      }
    },
  };
}

export interface OidcRouteOptions {
  oidc?: OidcConfig | null;
  sessionHours: number;
  secureCookies: boolean;
}

/**
 * Single sign-on through OpenID Connect (see README): `/status` says whether it is configured,
 * `/login` sends the browser to the provider, `/callback` takes its answer and opens a
 * session. Every failure lands on `/login?sso=<code>`, which the sign-in page explains.
 */
export function oidcRoutes(options: OidcRouteOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const config = options.oidc ?? null;
  const provider = config ? new OidcProvider(config) : null;
  const sealer = config ? attemptSealer(config.clientSecret) : null;
  // __Host-: only this origin over HTTPS may set it (a sibling subdomain cannot plant an attempt).
  const attemptCookie = options.secureCookies ? '__Host-digisalkku_sso' : 'digisalkku_sso';
  const attemptCookieHeader = (value: string | null) =>
    [
      `${attemptCookie}=${value ?? ''}`,
      'Path=/',
      'HttpOnly',
      // Lax: the provider's redirect back is a top-level GET navigation, which Lax cookies go with.
      'SameSite=Lax',
      ...(options.secureCookies ? ['Secure'] : []),
      `Max-Age=${value ? ATTEMPT_SECONDS : 0}`,
    ].join('; ');

  const fail = (c: Context<AppEnv>, code: SsoErrorCode, error?: unknown) => {
    // Refusals and cancellations are the system working: one line for the operator, no stack.
    if (error instanceof SsoRefusal)
      console.warn(`digisalkku: single sign-on refused (${code}): ${error.message}`);
    else if (code === 'denied')
      console.warn('digisalkku: single sign-on cancelled or refused at the provider.');
    else if (error !== undefined) logServerError(`single sign-on (${code})`, error);
    c.header('Cache-Control', 'no-store');
    return c.redirect(`/login?sso=${code}`, 302);
  };

  /** Anyone: whether single sign-on is configured, so the sign-in page shows its button only then. */
  routes.get('/status', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ enabled: provider !== null });
  });

  /** Anyone: starts a sign-in at the provider; `returnTo` is a same-origin path to land on. */
  routes.get('/login', async (c) => {
    if (!provider || !sealer) return c.json({ error: sm('ssoNotConfigured') }, 404);
    let started: Awaited<ReturnType<OidcProvider['start']>>;
    try {
      started = await provider.start();
    } catch (error) {
      return fail(c, ssoErrorCode(error), error);
    }
    const sealed = sealer.seal({
      ...started.attempt,
      returnTo: safeReturnTo(c.req.query('returnTo')),
      expiresAt: Date.now() + ATTEMPT_SECONDS * 1000,
    });
    c.header('Set-Cookie', attemptCookieHeader(sealed), { append: true });
    c.header('Cache-Control', 'no-store');
    return c.redirect(started.url.href, 302);
  });

  /** Anyone (the provider sends the browser here): checks the answer, signs the user in. */
  routes.get('/callback', async (c) => {
    if (!provider || !sealer) return c.json({ error: sm('ssoNotConfigured') }, 404);
    // One use only: the attempt cookie goes whatever happens next.
    c.header('Set-Cookie', attemptCookieHeader(null), { append: true });
    const attempt = sealer.open(getCookie(c, attemptCookie));
    const search = new URL(c.req.url).search;
    // Checked here as well as by the library, so a stale or foreign answer reads as such.
    if (!attempt || new URLSearchParams(search).get('state') !== attempt.state) return fail(c, 'state');
    const { db } = c.get('database');
    try {
      const claims = await provider.finish(search, attempt);
      let identity: SsoIdentity;
      try {
        identity = identityFromClaims(provider.config, claims);
      } catch (error) {
        await endSessionsOfIdentity(db, claims);
        throw error;
      }
      const userId = await provisionSsoUser(db, identity);
      // Whoever was signed in in this browser before is signed out: one session per browser.
      await logout(db, getCookie(c, sessionCookieName(options.secureCookies)));
      const session = await openSession(db, userId, options.sessionHours);
      c.header('Set-Cookie', sessionCookie(session.token, session.expiresAt, options.secureCookies), {
        append: true,
      });
    } catch (error) {
      return fail(c, ssoErrorCode(error), error);
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(safeReturnTo(attempt.returnTo), 302);
  });

  return routes;
}
