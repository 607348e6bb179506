import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { migrationState } from '../db/migrate.ts';
import { appRouter } from '../routers/_app.ts';
import { SESSION_COOKIE, userForSession } from '../services/auth.ts';
import { createContextInner } from '../trpc.ts';
import { sessionCookie } from './cookies.ts';
import { recordsRoutes } from './records-routes.ts';
import { withRequestLanguage } from './request-language.ts';

/** Shown while the client is still being built; reloads itself. Three languages, no script. */
const BUILDING_PAGE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3"><title>digisalkku</title></head>
<body><main><h1>digisalkku</h1><p>Käyttöliittymää rakennetaan, sivu latautuu hetken kuluttua.</p>
<p lang="sv">Användargränssnittet byggs, sidan laddas om en stund.</p><p lang="en">The user interface is being built; this page reloads in a moment.</p></main></body></html>`;

export interface AppOptions {
  database: Database;
  version: string;
  sessionHours: number;
  secureCookies: boolean;
  /** Folder of the built client; when missing, only the API is served. */
  clientDir: string | null;
}

/**
 * The session cookie is SameSite=Lax, which still lets a sibling subdomain post a form here.
 * State-changing /api routes therefore accept only same-origin requests: browsers say so in
 * Sec-Fetch-Site (or Origin); scripts and the CLI send neither and are not a browser's ambient
 * credentials anyway.
 */
function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = request.headers.get('origin');
  if (!origin) return true;
  // "null" (a sandboxed frame) and anything unparsable are foreign.
  return (
    URL.canParse(origin) &&
    new URL(origin).host === (request.headers.get('host') ?? new URL(request.url).host)
  );
}

export type AppEnv = { Variables: { user: SessionUser | null; database: Database } };

/** The whole HTTP surface: /healthz, /trpc, /api (records in and out) and the built client. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { database } = options;
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    await next();
    // The client is served from here only; no framing, no sniffing, no third-party anything.
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'",
    );
  });

  app.get('/healthz', async (c) => {
    try {
      await database.db.execute(sql`select 1`);
      const migration = await migrationState(database.db);
      return c.json({ status: 'ok', database: database.kind, migration, version: options.version });
    } catch (error) {
      // The cause goes to the log, not to anonymous callers.
      console.error('digisalkku: health check failed:', error);
      return c.json({ status: 'error', database: database.kind, version: options.version }, 503);
    }
  });

  app.use(
    '/trpc/*',
    bodyLimit({
      maxSize: 2 * 1024 * 1024,
      onError: (c) => c.json({ error: 'The request is larger than 2 MB.' }, 413),
    }),
  );
  app.all('/trpc/*', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const user = await userForSession(database.db, token);
    return withRequestLanguage(c.req.raw, () =>
      fetchRequestHandler({
        endpoint: '/trpc',
        req: c.req.raw,
        router: appRouter,
        createContext: ({ resHeaders }) =>
          createContextInner({
            database,
            user,
            sessionHours: options.sessionHours,
            sessionToken: token,
            setSessionCookie: (value, expiresAt) =>
              resHeaders.append('Set-Cookie', sessionCookie(value, expiresAt, options.secureCookies)),
          }),
      }),
    );
  });

  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !isSameOrigin(c.req.raw)) {
      return c.json(
        { error: 'Cross-site requests are not accepted; use digisalkku itself or the command line.' },
        403,
      );
    }
    c.set('database', database);
    c.set('user', await userForSession(database.db, getCookie(c, SESSION_COOKIE)));
    await withRequestLanguage(c.req.raw, next);
  });
  app.route('/api', recordsRoutes());
  app.all('/api/*', (c) => c.json({ error: 'No such API route.' }, 404));

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
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: clientDir }));
    // Every other path is a client route (/initiatives?ministry=LVM): the app decides.
    app.get('*', (c) => {
      const html = index();
      if (html) return c.html(html);
      c.header('Retry-After', '3');
      return c.html(BUILDING_PAGE, 503);
    });
  }
  return app;
}
