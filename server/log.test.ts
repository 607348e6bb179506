import { DrizzleQueryError } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeServerError, logServerError } from './log.ts';
import { createCallerFactory, createContextInner, publicProcedure, router } from './trpc.ts';

const SECRETS = ['secret-password', 'maija@example.fi', 'scrypt$16384$8$1$salt$hash'];

/** What drizzle throws when PostgreSQL refuses a query, with the driver's error (it too has the parameters) as its cause. */
function failedQuery(): DrizzleQueryError {
  const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
    code: '22021',
    detail: `Key (username)=(${SECRETS[0]}) already exists.`,
    query: 'select "id" from "users" where "username" = $1',
    params: SECRETS,
  });
  return new DrizzleQueryError('select "id" from "users" where "username" = $1', SECRETS, driverError);
}

function logged(spy: { mock: { calls: unknown[][] } }): string {
  return spy.mock.calls.map((call) => call.map((part) => String(part)).join(' ')).join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('logServerError', () => {
  it('logs what failed, the query, the PostgreSQL code and the stack, never the parameters', () => {
    const error = failedQuery();
    expect(error.message).toContain(SECRETS[0]);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    logServerError('auth.login', error);
    const text = logged(spy);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain('digisalkku: auth.login failed: DrizzleQueryError: Failed query: select "id"');
    expect(text).toContain('Caused by: Error: invalid byte sequence for encoding "UTF8": 0x00 (code 22021)');
    expect(text).toMatch(/\n\s+at .*log\.test\.ts/);
  });

  it('survives what is not an Error, and a cause that loops', () => {
    expect(describeServerError('secret-password')).toBe('(a thrown string, not an Error)');
    const looping = new Error('outer');
    looping.cause = looping;
    expect(describeServerError(looping).split('Caused by').length).toBe(1);
  });

  it('is what a failing procedure logs: the caller gets a generic message, the log no parameters', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const caller = createCallerFactory(
      router({
        fail: publicProcedure.mutation(() => {
          throw failedQuery();
        }),
      }),
    )(createContextInner({ database: null as never }));
    await expect(caller.fail()).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: expect.stringMatching(/^Something went wrong on the server/),
    });
    const text = logged(spy);
    expect(text).toContain('digisalkku: fail failed:');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});
