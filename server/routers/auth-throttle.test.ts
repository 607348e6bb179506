import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loginThrottle } from '../../drizzle/schema/index.ts';
import type { Database } from '../db/database.ts';
import {
  MAX_LOGIN_FAILURES_PER_ADDRESS as MAX_FAILURES_PER_ADDRESS,
  MAX_LOGIN_FAILURES as MAX_FAILURES_PER_NAME,
} from '../services/login-throttle.ts';
import { MAX_CONCURRENT_HASHES, passwordHashing } from '../services/password.ts';
import { rejectionOf } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { createCallerFactory, createContextInner } from '../trpc.ts';
import { appRouter } from './_app.ts';

/** Counts real scrypt work (a pass-through spy), so the tests see every password checked. */
const scryptCalls = vi.hoisted(() => ({ running: 0, peak: 0, total: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  const scrypt = (...args: unknown[]) => {
    const callback = args.pop() as (error: Error | null, key: Buffer) => void;
    scryptCalls.running += 1;
    scryptCalls.total += 1;
    scryptCalls.peak = Math.max(scryptCalls.peak, scryptCalls.running);
    (crypto.scrypt as (...a: unknown[]) => void)(...args, (error: Error | null, key: Buffer) => {
      scryptCalls.running -= 1;
      callback(error, key);
    });
  };
  return { ...crypto, default: { ...crypto, scrypt }, scrypt };
});

const createCaller = createCallerFactory(appRouter);
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let addressCounter = 0;
/** A client address no other test uses, so one test's per-address count never meets another's. */
const freshAddress = () => {
  addressCounter += 1;
  return `10.${(addressCounter >> 8) & 255}.${addressCounter & 255}.1`;
};

/** A signed-out caller from one client address, as the HTTP layer would build it. */
const callerFrom = (clientAddress = freshAddress()) =>
  createCaller(createContextInner({ database, clientAddress }));

/** What each sign-in came to: `signedIn`, or the tRPC code it was refused with. */
async function outcomesOf(attempts: Promise<unknown>[]): Promise<string[]> {
  return (await Promise.allSettled(attempts)).map((result) =>
    result.status === 'fulfilled' ? 'signedIn' : ((result.reason as { code?: string }).code ?? 'thrown'),
  );
}
const outcomeOf = async (attempt: Promise<unknown>) => (await outcomesOf([attempt]))[0];
const count = (outcomes: string[], outcome: string) => outcomes.filter((o) => o === outcome).length;

describe('sign-in throttle under attack', () => {
  it('checks at most the limit of 100 parallel wrong guesses at one name', async () => {
    const victim = await createTestUser(database, 'viewer');
    const hashedBefore = scryptCalls.total;
    // From 100 addresses, so only the per-name limit can stop them.
    const outcomes = await outcomesOf(
      Array.from({ length: 100 }, () =>
        callerFrom().auth.login({ username: victim.username, password: 'wrong' }),
      ),
    );
    const checked = scryptCalls.total - hashedBefore;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_NAME);
    // The rest are refused by the name's count, or (past the hashing line) as busy: never checked.
    expect(count(outcomes, 'UNAUTHORIZED')).toBe(checked);
    expect(count(outcomes, 'TOO_MANY_REQUESTS')).toBe(100 - checked);
    expect(checked).toBeGreaterThanOrEqual(Math.min(MAX_FAILURES_PER_NAME, MAX_CONCURRENT_HASHES));
  });

  it('does not let the right password through among 60 parallel guesses once the name is locked', async () => {
    const victim = await createTestUser(database, 'viewer');
    const outcomes = await outcomesOf(
      Array.from({ length: 60 }, (_, index) =>
        callerFrom().auth.login({
          username: victim.username,
          password: index === 44 ? 'password' : 'wrong',
        }),
      ),
    );
    expect(outcomes[44]).toBe('TOO_MANY_REQUESTS');
    expect(count(outcomes, 'signedIn')).toBe(0);
    expect(count(outcomes, 'UNAUTHORIZED')).toBeLessThanOrEqual(MAX_FAILURES_PER_NAME);
  });

  it('limits failures per client address, whichever names it tries', async () => {
    const address = freshAddress();
    const sprayer = callerFrom(address);
    const outcomes: string[] = [];
    for (let index = 0; index < MAX_FAILURES_PER_ADDRESS + 10; index++) {
      const attempt = sprayer.auth.login({
        username: `sprayed.${index}.${address}`,
        password: 'guess',
      });
      outcomes.push((await outcomeOf(attempt)) ?? '');
    }
    expect(outcomes.slice(0, MAX_FAILURES_PER_ADDRESS)).toEqual(
      Array(MAX_FAILURES_PER_ADDRESS).fill('UNAUTHORIZED'),
    );
    expect(outcomes.slice(MAX_FAILURES_PER_ADDRESS)).toEqual(Array(10).fill('TOO_MANY_REQUESTS'));
    const user = await createTestUser(database, 'viewer');
    const refused = await rejectionOf(sprayer.auth.login({ username: user.username, password: 'password' }));
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.message).toMatch(/^Too many failed sign-ins from your network address\. Try again in/);
    // The names it sprayed are not locked for anyone else.
    await expect(
      callerFrom().auth.login({ username: user.username, password: 'password' }),
    ).resolves.toMatchObject({ user: { id: user.id } });
  });

  it('does not count successful sign-ins against the address (an office behind one address)', async () => {
    const user = await createTestUser(database, 'viewer');
    const office = freshAddress();
    for (let index = 0; index < MAX_FAILURES_PER_ADDRESS + 5; index++) {
      await callerFrom(office).auth.login({
        username: user.username,
        password: 'password',
      });
    }
    await expect(
      callerFrom(office).auth.login({
        username: user.username,
        password: 'wrong',
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('lets the owner in from an address they signed in from before, while someone else has locked the name', async () => {
    const owner = await createTestUser(database, 'viewer');
    const home = freshAddress();
    await callerFrom(home).auth.login({
      username: owner.username,
      password: 'password',
    });
    const attacker = callerFrom();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_NAME; attempt++) {
      await expect(
        attacker.auth.login({ username: owner.username, password: 'wrong' }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    const login = (clientAddress: string, password: string) =>
      outcomeOf(callerFrom(clientAddress).auth.login({ username: owner.username, password }));
    expect(await outcomeOf(attacker.auth.login({ username: owner.username, password: 'password' }))).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(await login(freshAddress(), 'password')).toBe('TOO_MANY_REQUESTS');
    expect(await login(home, 'wrong')).toBe('UNAUTHORIZED');
    expect(await login(home, 'password')).toBe('signedIn');
  });

  it('keeps at most the bound of password hashes running while 50 sign-ins are in flight', async () => {
    scryptCalls.peak = scryptCalls.running;
    const outcomes = await outcomesOf(
      Array.from({ length: 50 }, (_, index) =>
        callerFrom().auth.login({
          username: `flood.${index}.${freshAddress()}`,
          password: 'guess',
        }),
      ),
    );
    expect(scryptCalls.peak).toBeGreaterThanOrEqual(1);
    expect(scryptCalls.peak).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
    expect(count(outcomes, 'UNAUTHORIZED') + count(outcomes, 'TOO_MANY_REQUESTS')).toBe(50);
  });

  it('tells a sign-in at once that the server is busy when the hashing line is full, counting nothing, but lets the owner in from a known network', async () => {
    const owner = await createTestUser(database, 'viewer');
    const home = freshAddress();
    await callerFrom(home).auth.login({ username: owner.username, password: 'password' });

    // Occupy every slot and the whole ordinary line, as a flood would.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const occupants = Array.from({ length: MAX_CONCURRENT_HASHES + passwordHashing.maxWaiting }, () =>
      passwordHashing.run(() => gate),
    );
    expect(passwordHashing.full).toBe(true);

    const stranger = freshAddress();
    const busy = await rejectionOf(
      callerFrom(stranger).auth.login({ username: owner.username, password: 'password' }),
    );
    expect(busy.code).toBe('TOO_MANY_REQUESTS');
    expect(busy.message).toBe('The server is busy with other sign-ins. Try again in a moment.');
    const counts = await database.db
      .select({ scope: loginThrottle.scope, attempts: loginThrottle.attempts })
      .from(loginThrottle)
      .where(and(eq(loginThrottle.scope, 'address'), eq(loginThrottle.key, stranger)));
    expect(counts).toEqual([{ scope: 'address', attempts: 0 }]);

    const fromHome = callerFrom(home).auth.login({ username: owner.username, password: 'password' });
    release();
    await Promise.all(occupants);
    await expect(fromHome).resolves.toMatchObject({ user: { id: owner.id } });
  });
});
