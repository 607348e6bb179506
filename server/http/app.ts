import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { sql } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { todayInFinland } from '../../shared/dates.ts';
import { sm } from '../../shared/server-messages.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { migrationState } from '../db/migrate.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { dataVersion } from '../db/write-transaction.ts';
import { logServerError } from '../log.ts';
import type { OidcConfig } from '../oidc-config.ts';
import { appRouter } from '../routers/_app.ts';
import { DEFAULT_IDLE_MINUTES, sessionCookieName, userForSession } from '../services/auth.ts';
import { createContextInner, databaseUnavailable } from '../trpc.ts';
import { clientAddress } from './client-address.ts';
import { sessionCookie } from './cookies.ts';
import { exportRoutes } from './export-routes.ts';
import { oidcRoutes } from './oidc-routes.ts';
import { openDataRoutes } from './open-data-routes.ts';
import { type CachedAnswer, cacheableProcedures, cachedAnswer, mayReadAll, ReadCache } from './read-cache.ts';
import { recordsRoutes } from './records-routes.ts';
import { requestLanguage, withRequestLanguage } from './request-language.ts';
import { isSameOrigin } from './same-origin.ts';
import { sessionLookup } from './session-memo.ts';
import { MAX_BATCH_SIZE, refuseBatchedSignIn } from './trpc-batch.ts';

/** Shown while the client is still being built; reloads itself. Three languages, no script. */
const BUILDING_PAGE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3"><title>digisalkku</title></head>
<body><main><h1>digisalkku</h1><p>Käyttöliittymää rakennetaan, sivu latautuu hetken kuluttua.</p>
<p lang="sv">Användargränssnittet byggs, sidan laddas om en stund.</p><p lang="en">The user interface is being built; this page reloads in a moment.</p></main></body></html>`;

/** The largest /trpc request body: an initiative with every field full is a fraction of it. */
const MAX_TRPC_BODY_MB = 2;

export interface AppOptions {
  database: Database;
  version: string;
  sessionHours: number;
  /** Minutes without a request after which a session ends (default 60). */
  sessionIdleMinutes?: number;
  /** Served over TLS: `__Host-` Secure session cookie and HSTS. */
  secureCookies: boolean;
  /** Folder of the built client; when missing, only the API is served. */
  clientDir: string | null;
  /** Reverse proxies whose X-Forwarded-For entries are believed (TRUST_PROXY); default 0. */
  trustProxy?: number;
  /** The read cache's bound in bytes (default 64 MB); 0 keeps nothing. */
  readCacheBytes?: number;
  /** Serve the open-data feed at /api/open/ (OPEN_DATA); off by default. */
  openData?: boolean;
  /** Requests a minute the feed answers per client network (OPEN_DATA_RATE_LIMIT, default 60). */
  openDataRateLimit?: number;
  /** Single sign-on through OpenID Connect (OIDC_ISSUER…); null or missing: passwords only. */
  oidc?: OidcConfig | null;
}

/** A kept answer, gzipped when the client takes it (every browser does). */
function sendCached(c: Context<AppEnv>, answer: CachedAnswer): Response {
  const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  const headers: Record<string, string> = {
    'Content-Type': answer.contentType,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  };
  // The kept buffer itself, not a copy: a hit allocates next to nothing.
  const body = (gzip ? answer.gzip : answer.body) as unknown as Uint8Array<ArrayBuffer>;
  return c.body(body, answer.status as 200, headers);
}

/** The read cache's size unless told otherwise: answers are a few to a few hundred kB each. */
const DEFAULT_READ_CACHE_BYTES = 64 * 1024 * 1024;

/** The signed-in user of a session token; a database outage becomes tRPC's 503. */
async function sessionUserOrUnavailable(database: Database, token: string | undefined, idleMinutes: number) {
  try {
    return await userForSession(database.db, token, idleMinutes);
  } catch (error) {
    throw isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
  }
}

export type AppEnv = {
  Variables: { user: SessionUser | null; database: Database; cspNonce: string | undefined };
};

/**
 * The Content Security Policy. Scripts only from this origin; styles from this origin and, for
 * the design system's styled-components (which inserts <style> elements at run time), those
 * carrying this page's nonce — never 'unsafe-inline'. React sets style properties through the
 * CSSOM, which a CSP does not govern. Nothing may be framed, embedded, or posted elsewhere.
 */
export function contentSecurityPolicy(nonce: string | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Paths whose answers carry portfolio data or sessions: never stored by a browser or proxy. */
const PRIVATE_PATHS = /^\/(trpc|api)(\/|$)/;

/** The whole HTTP surface: /healthz, /trpc, /api (records in and out) and the built client. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { database } = options;
  const app = new Hono<AppEnv>();
  const readCache = new ReadCache(options.readCacheBytes ?? DEFAULT_READ_CACHE_BYTES);
  const idleMinutes = options.sessionIdleMinutes ?? DEFAULT_IDLE_MINUTES;
  const cookieName = sessionCookieName(options.secureCookies);
  const lookUpSession = sessionLookup(database, idleMinutes);

  /** The tRPC handler on `db` (the app's, or a read snapshot); `user` when already looked up. */
  const trpc = (c: Context<AppEnv>, db: Database, user?: SessionUser | null) => {
    const token = getCookie(c, cookieName);
    return fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      // The session is looked up inside tRPC, so a database outage answers in its error shape.
      createContext: async ({ resHeaders, info }) => {
        refuseBatchedSignIn(info);
        if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !isSameOrigin(c.req.raw))
          throw new TRPCError({ code: 'FORBIDDEN', message: sm('crossSite') });
        return createContextInner({
          database: db,
          user: user !== undefined ? user : await sessionUserOrUnavailable(db, token, idleMinutes),
          sessionHours: options.sessionHours,
          sessionToken: token,
          setSessionCookie: (value, expiresAt) =>
            resHeaders.append('Set-Cookie', sessionCookie(value, expiresAt, options.secureCookies)),
          clientAddress: clientAddress(c, options.trustProxy ?? 0),
        });
      },
    });
  };

  app.use('*', async (c, next) => {
    await next();
    // The client is served from here only; no framing, no sniffing, no third-party anything.
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Content-Security-Policy', contentSecurityPolicy(c.get('cspNonce')));
    if (options.secureCookies) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // Answers that set their own policy keep it (the open-data feed is public and cacheable).
    if (PRIVATE_PATHS.test(c.req.path) && !c.res.headers.has('Cache-Control'))
      c.header('Cache-Control', 'no-store');
  });

  app.get('/healthz', async (c) => {
    try {
      await database.db.execute(sql`select 1`);
      const migration = await migrationState(database.db);
      return c.json({ status: 'ok', database: database.kind, migration, version: options.version });
    } catch (error) {
      // The cause goes to the log, not to anonymous callers; the kind of problem is no secret.
      logServerError('health check', error);
      const unavailable = isDatabaseUnavailable(error);
      return c.json(
        {
          status: 'error',
          database: database.kind,
          problem: unavailable ? 'database_unavailable' : 'database_error',
          message: unavailable
            ? 'The database does not answer; digisalkku retries by itself and recovers when it is back.'
            : 'The database answered with an error; see the server log.',
          version: options.version,
        },
        503,
      );
    }
  });

  const trpcBodyLimit = bodyLimit({
    maxSize: MAX_TRPC_BODY_MB * 1024 * 1024,
    onError: (c) =>
      withRequestLanguage(c.req.raw, () =>
        c.json({ error: sm('requestTooLarge', { megabytes: MAX_TRPC_BODY_MB }) }, 413),
      ),
  });
  // Only requests with a body: looking at a GET's body would build a whole fetch Request (and
  // an AbortController) for every read, the largest cost of a cached answer.
  app.use('/trpc/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : trpcBodyLimit(c, next),
  );
  // Reads whose answer is the same for every signed-in user come from the read cache.
  app.get('/trpc/*', async (c, next) => {
    const paths = cacheableProcedures(new URL(c.req.url).pathname);
    if (!paths) return next();
    return withRequestLanguage(c.req.raw, async () => {
      let session: Awaited<ReturnType<typeof lookUpSession>>;
      try {
        session = await lookUpSession(getCookie(c, cookieName));
      } catch (error) {
        // The uncached path says what is wrong, in tRPC's shape (a 503 in an outage).
        if (isDatabaseUnavailable(error)) return next();
        throw error;
      }
      // Signed out or short of the role: the uncached path answers UNAUTHORIZED or FORBIDDEN.
      if (!mayReadAll(session.user, paths)) return next();
      const url = new URL(c.req.url);
      const keyOf = (dataVersion: number) =>
        ReadCache.key({
          url: url.pathname + url.search,
          language: requestLanguage(c.req.raw),
          today: todayInFinland(),
          dataVersion,
        });
      let answer: CachedAnswer;
      try {
        answer = await readCache.getOrCompute(keyOf(session.dataVersion), () =>
          // One snapshot for the version and the answer: what is kept under a version is its data.
          database.db.transaction(
            async (tx) => {
              const version = await dataVersion(tx);
              const response = await trpc(c, { ...database, db: tx }, session.user);
              const body = Buffer.from(await response.arrayBuffer());
              const contentType = response.headers.get('content-type') ?? 'application/json';
              return {
                answer: cachedAnswer(response.status, contentType, body),
                key: response.status === 200 ? keyOf(version) : null,
              };
            },
            { isolationLevel: 'repeatable read', accessMode: 'read only' },
          ),
        );
      } catch (error) {
        // The connection died around the answer (its BEGIN, the version read, the COMMIT): thrown
        // out of tRPC, that was a bare 500. The uncached path answers in tRPC's shape instead (a
        // 503 while the database is away); a GET has no body, so it can run again.
        if (isDatabaseUnavailable(error)) return next();
        throw error;
      }
      return sendCached(c, answer);
    });
  });
  app.all('/trpc/*', (c) => withRequestLanguage(c.req.raw, () => trpc(c, database)));

  app.use('/api/*', async (c, next) => {
    c.set('database', database);
    return withRequestLanguage(c.req.raw, async () => {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !isSameOrigin(c.req.raw))
        return c.json({ error: sm('crossSite') }, 403);
      try {
        c.set('user', await userForSession(database.db, getCookie(c, cookieName), idleMinutes));
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        c.header('Retry-After', '5');
        return c.json({ error: databaseUnavailable(error).message }, 503);
      }
      await next();
    });
  });
  app.route('/api', recordsRoutes());
  app.route('/api', exportRoutes());
  app.route(
    '/api',
    openDataRoutes({
      enabled: options.openData ?? false,
      trustProxy: options.trustProxy ?? 0,
      requestsPerWindow: options.openDataRateLimit,
    }),
  );
  app.route('/api/auth/oidc', oidcRoutes(options));
  app.all('/api/*', (c) => c.json({ error: sm('noSuchApiRoute') }, 404));

  if (options.clientDir) {
    const clientDir = options.clientDir;
    // Read lazily: `npm start` builds the client while the server is already answering.
    let indexHtml: string | null = null;
    const index = () => {
      if (indexHtml === null && existsSync(join(clientDir, 'index.html'))) {
        indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8');
      }
      return indexHtml;
    };
    // Hashed file names never change content, so only what exists is cached for good; a
    // missing chunk (a rolling deploy asking an old instance) is a plain 404 nobody keeps.
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/assets/*', serveStatic({ root: clientDir }));
    app.all('/assets/*', (c) => {
      c.header('Cache-Control', 'no-store');
      return c.text('No such file.', 404);
    });
    const appPage = (c: Context<AppEnv>) => {
      const html = index();
      // The page names the current hashed assets: revalidate it on every load.
      c.header('Cache-Control', 'no-cache');
      if (html) {
        // A nonce of this answer's own, read by styled-components from the meta element.
        const nonce = randomBytes(16).toString('base64');
        c.set('cspNonce', nonce);
        return c.html(html.replace('<head>', `<head><meta property="csp-nonce" content="${nonce}">`));
      }
      c.header('Retry-After', '3');
      return c.html(BUILDING_PAGE, 503);
    };
    app.get('/', appPage);
    app.get('/index.html', appPage);
    app.use('*', serveStatic({ root: clientDir }));
    // Every other path is a client route (/initiatives?ministry=LVM): the app decides.
    app.get('*', appPage);
  }
  return app;
}
