import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import { createApp } from '../http/app.ts';
import { startTcpProxy, type TcpProxy } from '../test/tcp-proxy.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { type Database, openPostgres, queryRows } from './database.ts';

/**
 * A PostgreSQL restart under load once killed the process: a client checked out between the
 * statements of a transaction had no 'error' listener. The app's connections go through a
 * TCP proxy here, so the test can kill them (or take the database away) without disturbing
 * the other test files on the same server.
 */
const url = process.env.DATABASE_URL;

describe.skipIf(!url)('a PostgreSQL outage', () => {
  let direct: Database;
  let proxy: TcpProxy;
  let appDatabase: Database;
  let app: ReturnType<typeof createApp>;
  let user: SessionUser;

  beforeAll(async () => {
    direct = await createTestDatabase();
    user = await createTestUser(direct, 'coordinator');
    const [schema] = await queryRows<{ name: string }>(direct.db, sql`select current_schema() as name`);
    const target = new URL(url as string);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(url as string);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    appDatabase = await openPostgres(proxied.toString(), { searchPath: schema?.name ?? 'public' });
    app = createApp({
      database: appDatabase,
      version: 'test',
      sessionHours: 1,
      secureCookies: false,
      clientDir: null,
    });
  });
  afterAll(async () => {
    await appDatabase.close();
    await proxy.close();
    await direct.close();
  });

  const signIn = () =>
    app.request('/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fi' },
      body: JSON.stringify({ json: { username: user.username, password: 'password' } }),
    });
  const listAs = (cookie: string) =>
    app.request(`/trpc/initiative.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, {
      headers: { cookie, 'accept-language': 'fi' },
    });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  it('lives through its backends being terminated mid-transaction, and serves the next request', async () => {
    const held = appDatabase.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      // Between two statements: the checked-out client is idle, as in a real transaction.
      await queryRows(
        direct.db,
        sql`select pg_terminate_backend(pid) from pg_stat_activity where client_port = any(${`{${proxy.upstreamPorts().join(',')}}`}::int[])`,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.execute(sql`select 1`);
    });
    await expect(held).rejects.toThrow();
    const signedIn = await signIn();
    expect(signedIn.status).toBe(200);
    expect((await listAs(cookieOf(signedIn))).status).toBe(200);
  });

  it('lives through its connections dropping between statements', async () => {
    const held = appDatabase.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.execute(sql`select 1`);
    });
    await expect(held).rejects.toThrow();
    expect((await signIn()).status).toBe(200);
  });

  it('answers 503 in the tRPC error shape, in the asked language, while the database is down, and recovers by itself', async () => {
    const cookie = cookieOf(await signIn());
    proxy.down();
    try {
      const during = await listAs(cookie);
      expect(during.status).toBe(503);
      const body = (await during.json()) as {
        error: { json: { message: string; data: { code: string; httpStatus: number } } };
      };
      expect(body.error.json.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503 });
      expect(body.error.json.message).toMatch(/tietokanta/i);

      const login = await signIn();
      expect(login.status).toBe(503);

      const health = await app.request('/healthz');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'error', problem: 'database_unavailable' });

      const api = await app.request('/api/export/current.json', {
        headers: { cookie, 'accept-language': 'sv' },
      });
      expect(api.status).toBe(503);
      expect(((await api.json()) as { error: string }).error).toMatch(/databas/i);
    } finally {
      proxy.resume();
    }
    expect((await listAs(cookie)).status).toBe(200);
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
