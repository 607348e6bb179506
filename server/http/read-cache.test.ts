import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiatives } from '../../drizzle/schema/index.ts';
import { initiativeInputSchema } from '../../shared/initiative.ts';
import type { SessionUser } from '../../shared/user.ts';
import { type Database, openPostgres, queryRows } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { initiativeValues } from '../services/initiative-row.ts';
import { initiativeInput } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { createApp } from './app.ts';

/**
 * The read cache keys answers on the data version that every write transaction bumps. Two
 * apps on one database stand for two server instances (on PostgreSQL each has its own pool):
 * a write through one must be seen by the next read through the other, and a sign-out must
 * end the cached reads at once.
 */
let database: Database;
let second: Database;
let one: ReturnType<typeof createApp>;
let two: ReturnType<typeof createApp>;
let coordinator: SessionUser;

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
  const url = process.env.DATABASE_URL;
  if (url) {
    const [row] = await queryRows<{ name: string }>(database.db, sql`select current_schema() as name`);
    second = await openPostgres(url, { searchPath: row?.name ?? 'public' });
  } else second = database;
  const options = { version: 'test', sessionHours: 1, secureCookies: false, clientDir: null };
  one = createApp({ ...options, database });
  two = createApp({ ...options, database: second });
});
afterAll(async () => {
  if (second !== database) await second.close();
  await database.close();
});

const json = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));

async function signIn(app: ReturnType<typeof createApp>): Promise<string> {
  const response = await app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { username: coordinator.username, password: 'password' } }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function titles(app: ReturnType<typeof createApp>, cookie: string): Promise<string[]> {
  const response = await app.request(
    `/trpc/initiative.list?input=${json({ filter: { text: 'Välimuisti' } })}`,
    {
      headers: { cookie },
    },
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    result: { data: { json: { items: { title: { fi: string } }[] } } };
  };
  return body.result.data.json.items.map((item) => item.title.fi).sort();
}

describe('the read cache', () => {
  it('serves a write made through one instance to the next read through the other', async () => {
    const cookieOne = await signIn(one);
    const cookieTwo = await signIn(two);
    expect(await titles(one, cookieOne)).toEqual([]);
    expect(await titles(one, cookieOne)).toEqual([]);
    const created = await two.request('/trpc/initiative.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieTwo },
      body: JSON.stringify({ json: initiativeInput({ title: { fi: 'Välimuistin testi' } }) }),
    });
    expect(created.status).toBe(200);
    expect(await titles(one, cookieOne)).toEqual(['Välimuistin testi']);
    const id = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
    const archived = await two.request('/trpc/initiative.remove', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieTwo },
      body: JSON.stringify({ json: { id } }),
    });
    expect(archived.status).toBe(200);
    expect(await titles(one, cookieOne)).toEqual([]);
  });

  it('answers a signed-out session at once, even for an answer it keeps', async () => {
    const cookie = await signIn(one);
    await titles(one, cookie);
    const out = await two.request('/trpc/auth.logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(out.status).toBe(200);
    const after = await one.request(
      `/trpc/initiative.list?input=${json({ filter: { text: 'Välimuisti' } })}`,
      {
        headers: { cookie },
      },
    );
    expect(after.status).toBe(401);
  });

  it('sees a session ended in the database by any means at once (an administrator deleting it)', async () => {
    const cookie = await signIn(one);
    await titles(one, cookie);
    await titles(one, cookie);
    await second.db.execute(sql`delete from sessions`);
    const after = await one.request(
      `/trpc/initiative.list?input=${json({ filter: { text: 'Välimuisti' } })}`,
      {
        headers: { cookie },
      },
    );
    expect(after.status).toBe(401);
  });

  it('answers a kept read while a long write is open, with what was committed before it', async () => {
    // An import holds its transaction for seconds; on PGlite every statement waits for it, so
    // a read that needed one would wait the whole import.
    const cookie = await signIn(one);
    expect(await titles(one, cookie)).toEqual([]);
    let during: string[] | 'still waiting' = 'still waiting';
    await writeTransaction(database.db, async (tx) => {
      await tx.insert(initiatives).values({
        ...initiativeValues(
          initiativeInputSchema.parse(initiativeInput({ title: { fi: 'Välimuisti kesken' } })),
        ),
        id: randomUUID(),
      });
      during = await Promise.race([
        titles(one, cookie),
        new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 3_000)),
      ]);
    });
    expect(during).toEqual([]);
    expect(await titles(one, cookie)).toEqual(['Välimuisti kesken']);
  });

  it('gives the same answer from the cache as computed, gzipped when asked, in the asked language', async () => {
    const cookie = await signIn(one);
    const url = `/trpc/ministry.list?input=${json(undefined)}`;
    const first = await one.request(url, { headers: { cookie, 'accept-language': 'sv' } });
    const again = await one.request(url, {
      headers: { cookie, 'accept-language': 'sv', 'accept-encoding': 'gzip' },
    });
    expect(again.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await again.arrayBuffer())).toString('utf8')).toBe(await first.text());
  });
});
