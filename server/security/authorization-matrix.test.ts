import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { readOidcConfig } from '../oidc-config.ts';
import { appRouter } from '../routers/_app.ts';
import { startOidcProvider, type TestOidcProvider } from '../test/oidc-provider.ts';
import { createTestDatabase } from '../test/test-database.ts';
import {
  type As,
  buildWorld,
  PROCEDURE_CASES,
  quickUser,
  ROUTE_CASES,
  type World,
} from './authorization-cases.ts';
import { databaseChecksum } from './db-checksum.ts';
import {
  CALLERS,
  type Caller,
  EXCLUDED_ROUTES,
  type Outcome,
  PROCEDURE_RIGHTS,
  type Rights,
  ROUTE_RIGHTS,
} from './expected-rights.ts';
import {
  type Answer,
  callProcedure,
  callRoute,
  type Origin,
  type Served,
  serveApp,
  signIn,
} from './http-harness.ts';

/**
 * Every tRPC procedure and every plain HTTP route, called by each of six callers over real HTTP
 * with real session cookies, against the one table of expected-rights.ts. Each call has a valid
 * input on rows of its own (authorization-cases.ts), so a refusal is about rights and a success
 * is real; a call that should succeed and answers any other 4xx is a failure too.
 */

let database: Database;
let served: Served;
let openDataOff: Served;
let provider: TestOidcProvider;
let world: World;
const signedIn = new Map<Caller, { user: SessionUser | null; cookie: string | null }>();

const ROLE_OF: Record<Exclude<Caller, 'anonymous'>, [SessionUser['role'], SessionUser['ministry']]> = {
  viewer: ['viewer', null],
  editorOwn: ['editor', 'LVM'],
  editorOther: ['editor', 'VM'],
  coordinator: ['coordinator', null],
  admin: ['admin', null],
};

/** A new user of the caller's role and ministry, signed in over HTTP. */
async function freshSession(caller: Caller): Promise<{ user: SessionUser | null; cookie: string | null }> {
  if (caller === 'anonymous') return { user: null, cookie: null };
  const [role, ministry] = ROLE_OF[caller];
  const user = await quickUser(database, role, ministry);
  return { user, cookie: await signIn(served.baseUrl, user.username) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  let callback = '';
  provider = await startOidcProvider({ redirectUri: () => callback });
  // The person the provider vouches for at every sign-in of the matrix.
  provider.user = {
    sub: 'matrix-person',
    claims: { name: 'Matriisi Henkilö', preferred_username: 'matriisi@vn.fi' },
  };
  served = await serveApp(database, (baseUrl) => {
    callback = `${baseUrl}/api/auth/oidc/callback`;
    const oidc = readOidcConfig({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URL: callback,
      OIDC_DEFAULT_ROLE: 'viewer',
    });
    return { openData: true, oidc };
  });
  openDataOff = await serveApp(database, { openData: false });
  world = await buildWorld(database, { baseUrl: served.baseUrl, openDataOffUrl: openDataOff.baseUrl });
  for (const caller of CALLERS) signedIn.set(caller, await freshSession(caller));
});
afterAll(async () => {
  await served?.close();
  await openDataOff?.close();
  await provider?.close();
  await database?.close();
});

const procedures = () =>
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(
    ([path, procedure]) => ({ path, type: procedure._def.type }),
  );

/** The app's routes as `METHOD path`, each once (a route's middleware and handler share it). */
const routes = () => [...new Set(served.app.routes.map((r) => `${r.method} ${r.path}`))];

/** One planned call: an endpoint (and variant) as a caller. */
interface Planned {
  label: string;
  caller: Caller;
  expected: Outcome;
  /** Meant to carry public portfolio data to anyone (the open-data feed). */
  publishes: boolean;
  send(origin: Origin): Promise<Answer>;
}

/** Every (endpoint, variant, caller) with its input made, ready to send. */
async function planAll(callers: readonly Caller[] = CALLERS): Promise<Planned[]> {
  const planned: Planned[] = [];
  for (const [path, entry] of Object.entries(PROCEDURE_RIGHTS)) {
    const cases = PROCEDURE_CASES[path];
    if (!cases) throw new Error(`No call of ${path} in authorization-cases.ts.`);
    const variants: [string, Rights, typeof cases][] = [[path, entry, cases]];
    for (const [name, rights] of Object.entries(entry.variants ?? {})) {
      const variant = cases.variants?.[name];
      if (!variant) throw new Error(`No call of ${path} (${name}) in authorization-cases.ts.`);
      variants.push([`${path} (${name})`, rights, variant]);
    }
    for (const [label, rights, procedureCase] of variants) {
      for (const caller of callers) {
        const session = procedureCase.session === 'fresh' ? await freshSession(caller) : signedIn.get(caller);
        const as: As = { caller, user: session?.user ?? null };
        const input = await procedureCase.input(world, as);
        planned.push({
          label,
          caller,
          expected: rights.outcomes[caller],
          publishes: false,
          send: (origin) =>
            callProcedure(served.baseUrl, entry.type, path, input, {
              cookie: session?.cookie ?? null,
              origin,
            }),
        });
      }
    }
  }
  for (const [key, entry] of Object.entries(ROUTE_RIGHTS)) {
    const cases = ROUTE_CASES[key];
    if (!cases) throw new Error(`No call of ${key} in authorization-cases.ts.`);
    const [method = 'GET'] = key.split(' ');
    const variants: [string, Rights, typeof cases][] = [[key, entry, cases]];
    for (const [name, rights] of Object.entries(entry.variants ?? {})) {
      const variant = cases.variants?.[name];
      if (!variant) throw new Error(`No call of ${key} (${name}) in authorization-cases.ts.`);
      variants.push([`${key} (${name})`, rights, variant]);
    }
    for (const [label, rights, routeCase] of variants) {
      for (const caller of callers) {
        const session = routeCase.session === 'fresh' ? await freshSession(caller) : signedIn.get(caller);
        const call = await routeCase.call(world, { caller, user: session?.user ?? null });
        const cookie = [session?.cookie, ...(call.cookies ?? [])].filter(Boolean).join('; ');
        planned.push({
          label,
          caller,
          expected: rights.outcomes[caller],
          publishes: entry.publishes === true,
          send: (origin) =>
            callRoute(
              call.server === 'openDataOff' ? openDataOff.baseUrl : served.baseUrl,
              method,
              call.path,
              {
                cookie,
                origin,
                ...(call.body === undefined ? {} : { body: call.body }),
              },
            ),
        });
      }
    }
  }
  return planned;
}

/** What is wrong with an answer, or null when it is what the table says. */
function mismatch(answer: Answer, expected: Outcome, caller: Caller): string | null {
  const got = `${answer.status}${answer.code ? ` ${answer.code}` : ''}: ${answer.message ?? answer.text.slice(0, 160)}`;
  if (answer.status >= 500) return `a server error (${got})`;
  if (expected === 'allow') return answer.status >= 200 && answer.status < 300 ? null : `refused (${got})`;
  if (expected === 'deny') {
    const [status, code] = caller === 'anonymous' ? [401, 'UNAUTHORIZED'] : [403, 'FORBIDDEN'];
    if (answer.status !== status) return `expected ${status} ${code}, got ${got}`;
    if (answer.code !== null && answer.code !== code) return `expected ${code}, got ${got}`;
    return answer.message?.trim() ? null : 'a refusal without a message';
  }
  if (answer.status !== expected.status || (expected.code && answer.code !== expected.code))
    return `expected ${expected.status} ${expected.code ?? ''} (${expected.why}), got ${got}`;
  if (expected.location && !expected.location.test(answer.location ?? ''))
    return `expected a redirect to ${expected.location} (${expected.why}), got one to ${answer.location}`;
  return null;
}

describe('the expected-rights table', () => {
  it('names every procedure of the router with its type, and none that is gone', () => {
    const actual = procedures();
    const missing = actual.filter((p) => !(p.path in PROCEDURE_RIGHTS)).map((p) => p.path);
    const gone = Object.keys(PROCEDURE_RIGHTS).filter((path) => !actual.some((p) => p.path === path));
    const wrongType = actual.filter(
      (p) => PROCEDURE_RIGHTS[p.path] && PROCEDURE_RIGHTS[p.path]?.type !== p.type,
    );
    expect({ missing, gone, wrongType }).toEqual({ missing: [], gone: [], wrongType: [] });
    expect(Object.keys(PROCEDURE_CASES).sort()).toEqual(Object.keys(PROCEDURE_RIGHTS).sort());
  });

  it('names every route of the app, and none that is gone; only wildcards are left out, each with its reason', () => {
    const actual = routes();
    const missing = actual.filter((route) => !(route in ROUTE_RIGHTS) && !(route in EXCLUDED_ROUTES));
    const gone = [...Object.keys(ROUTE_RIGHTS), ...Object.keys(EXCLUDED_ROUTES)].filter(
      (r) => !actual.includes(r),
    );
    expect({ missing, gone }).toEqual({ missing: [], gone: [] });
    expect(Object.keys(EXCLUDED_ROUTES).every((route) => route.endsWith('*'))).toBe(true);
    expect(Object.keys(ROUTE_CASES).sort()).toEqual(Object.keys(ROUTE_RIGHTS).sort());
  });

  it('refuses every read to the signed-out, except those that say why they show no portfolio data', () => {
    const openReads = [...Object.entries(PROCEDURE_RIGHTS), ...Object.entries(ROUTE_RIGHTS)]
      .filter(([key, entry]) => ('type' in entry ? entry.type === 'query' : key.startsWith('GET ')))
      .filter(([, entry]) => entry.outcomes.anonymous !== 'deny')
      .map(([key, entry]) => [key, entry.publicBecause ?? null]);
    // Every read open to the signed-out gives its reason; the matrix checks their answers carry no data.
    expect(openReads.filter(([, why]) => !why)).toEqual([]);
    expect(PROCEDURE_RIGHTS['initiative.list']?.outcomes.anonymous).toBe('deny');
  });
});

describe('the authorization matrix over HTTP', () => {
  it('answers every endpoint as the table says for each of the six callers', {
    timeout: 240_000,
  }, async () => {
    const planned = await planAll();
    const failures: string[] = [];
    const leaks: string[] = [];
    let allows = 0;
    let denies = 0;
    let others = 0;
    for (const call of planned) {
      const answer = await call.send('same');
      const problem = mismatch(answer, call.expected, call.caller);
      const { expected } = call;
      if (problem) failures.push(`${call.label} as ${call.caller}: ${problem}`);
      else if (expected === 'allow' || (expected !== 'deny' && expected.status < 400)) allows += 1;
      else if (expected === 'deny') denies += 1;
      else others += 1;
      // No answer to a signed-out caller, allowed or refused, names any fixture of the portfolio
      // (the open-data feed excepted: publishing the public fields to anyone is what it is for).
      if (call.caller === 'anonymous' && !call.publishes && answer.text.includes(world.canary))
        leaks.push(call.label);
    }
    const endpoints = new Set(planned.map((call) => call.label)).size;
    console.log(
      `authorization matrix: ${procedures().length} procedures + ${Object.keys(ROUTE_RIGHTS).length} routes (${endpoints} with variants) × ${CALLERS.length} callers = ${planned.length} calls checked: ${allows} allowed, ${denies} denied, ${others} refused otherwise as expected (NOT_FOUND, feed off), ${failures.length} unexpected`,
    );
    expect(failures).toEqual([]);
    expect(leaks).toEqual([]);
    expect(planned.length).toBe(endpoints * CALLERS.length);
  });

  it('takes no mutation and no /api write from another site, not even an admin’s, and changes nothing', {
    timeout: 120_000,
  }, async () => {
    const writes = (await planAll(['admin'])).filter(
      (call) =>
        PROCEDURE_RIGHTS[call.label.split(' ')[0] ?? '']?.type === 'mutation' ||
        /^(POST|PUT|PATCH|DELETE) /.test(call.label),
    );
    expect(writes.length).toBeGreaterThan(30);
    const before = await databaseChecksum(database.db);
    const accepted: string[] = [];
    for (const call of writes) {
      const answer = await call.send('cross');
      if (answer.status !== 403 || !answer.message)
        accepted.push(`${call.label}: ${answer.status} ${answer.text.slice(0, 100)}`);
    }
    expect(accepted).toEqual([]);
    expect(await databaseChecksum(database.db)).toBe(before);
  });
});
