/**
 * Who may call what: the one table the authorization matrix (authorization-matrix.test.ts)
 * holds every tRPC procedure and every plain HTTP route to. A procedure or route missing here
 * fails the matrix, and so does a row naming one that no longer exists: adding an endpoint means
 * deciding its rights here, in review, next to all the others.
 *
 * Each row names its rule (the role ladder of shared/user.ts, or an editor's own ministry) and
 * the rule gives the outcome for each of the six callers. `deny` means refused for rights:
 * UNAUTHORIZED (401) signed out, FORBIDDEN (403) signed in. `allow` means the call succeeds
 * with a valid input. Any other expected answer is spelled out with the reason it is right.
 */

export const CALLERS = ['anonymous', 'viewer', 'editorOwn', 'editorOther', 'coordinator', 'admin'] as const;
/** Signed out; a viewer; an editor of LVM (the fixtures' lead ministry) and of VM; a coordinator; an admin. */
export type Caller = (typeof CALLERS)[number];

export type Outcome =
  | 'allow'
  | 'deny'
  /** An answer other than success that is not about rights, with the reason it is expected. */
  | { status: number; code?: string; location?: RegExp; why: string };

export type Rule = 'everyone' | 'signedIn' | 'ownMinistry' | 'coordinator' | 'admin' | 'custom';

export interface Rights {
  rule: Rule;
  outcomes: Record<Caller, Outcome>;
}

export interface EndpointRights extends Rights {
  /** The same endpoint called on other fixtures (someone else's saved view…), with their own outcomes. */
  variants?: Record<string, Rights>;
  /**
   * Why a read that anyone may call shows no portfolio data. Every other read is held to
   * being refused to the signed-out (and the matrix checks no anonymous answer carries any).
   */
  publicBecause?: string;
  /** The open-data feed: its answer is meant to carry (public) portfolio data to anyone. */
  publishes?: true;
}

const ladder = (allowed: (caller: Caller) => boolean, rule: Rule): Rights => ({
  rule,
  outcomes: Object.fromEntries(CALLERS.map((c) => [c, allowed(c) ? 'allow' : 'deny'])) as Record<
    Caller,
    Outcome
  >,
});

/** Anyone, signed in or not. */
const everyone = (publicBecause?: string): EndpointRights => ({
  ...ladder(() => true, 'everyone'),
  ...(publicBecause ? { publicBecause } : {}),
});
/** Any signed-in user (the viewer role and up). */
const signedIn = (): EndpointRights => ladder((c) => c !== 'anonymous', 'signedIn');
/** Editors of the initiative's lead ministry, coordinators and admins. */
const ownMinistry = (): EndpointRights =>
  ladder((c) => c === 'editorOwn' || c === 'coordinator' || c === 'admin', 'ownMinistry');
const coordinator = (): EndpointRights => ladder((c) => c === 'coordinator' || c === 'admin', 'coordinator');
const admin = (): EndpointRights => ladder((c) => c === 'admin', 'admin');

/** A rule with some callers' outcomes replaced (noted in the row). */
const withOutcomes = (base: Rights, outcomes: Partial<Record<Caller, Outcome>>): Rights => ({
  rule: 'custom',
  outcomes: { ...base.outcomes, ...outcomes },
});

const HIDDEN_VIEW: Outcome = {
  status: 404,
  code: 'NOT_FOUND',
  why: "another user's private view is not shown to anyone else, so it cannot be named either",
};

/** Every tRPC procedure of server/routers/_app.ts by its dotted path. */
export const PROCEDURE_RIGHTS: Readonly<Record<string, EndpointRights & { type: 'query' | 'mutation' }>> = {
  'auth.login': { type: 'mutation', ...everyone() },
  'auth.logout': { type: 'mutation', ...everyone() },
  'auth.logoutEverywhere': { type: 'mutation', ...signedIn() },
  'auth.me': { type: 'query', ...everyone('the caller themself, or null when signed out') },

  'userAdmin.list': { type: 'query', ...admin() },
  'userAdmin.create': { type: 'mutation', ...admin() },
  'userAdmin.update': { type: 'mutation', ...admin() },
  'userAdmin.deactivate': { type: 'mutation', ...admin() },
  'userAdmin.reactivate': { type: 'mutation', ...admin() },
  'userAdmin.resetPassword': { type: 'mutation', ...admin() },

  'ministry.list': { type: 'query', ...signedIn() },

  'euAct.list': { type: 'query', ...signedIn() },
  'euAct.get': { type: 'query', ...signedIn() },
  'euAct.history': { type: 'query', ...signedIn() },
  'euAct.create': { type: 'mutation', ...coordinator() },
  'euAct.update': { type: 'mutation', ...coordinator() },

  'initiative.list': { type: 'query', ...signedIn() },
  'initiative.get': { type: 'query', ...signedIn() },
  'initiative.history': { type: 'query', ...signedIn() },
  'initiative.create': { type: 'mutation', ...ownMinistry() },
  'initiative.update': { type: 'mutation', ...ownMinistry() },
  'initiative.remove': { type: 'mutation', ...ownMinistry() },
  'initiative.restore': { type: 'mutation', ...coordinator() },

  'savedView.list': { type: 'query', ...signedIn() },
  // A private view: anyone signed in. Sharing it with everyone is the coordinators'.
  'savedView.create': { type: 'mutation', ...signedIn(), variants: { shared: coordinator() } },
  // By default another user's shared view: coordinators only. One's own: anyone signed in.
  'savedView.remove': {
    type: 'mutation',
    ...coordinator(),
    variants: {
      own: signedIn(),
      othersPrivate: withOutcomes(signedIn(), {
        viewer: HIDDEN_VIEW,
        editorOwn: HIDDEN_VIEW,
        editorOther: HIDDEN_VIEW,
        coordinator: HIDDEN_VIEW,
        admin: HIDDEN_VIEW,
      }),
    },
  },

  'board.get': { type: 'query', ...signedIn() },
  'board.decisions': { type: 'query', ...signedIn() },
  'board.move': { type: 'mutation', ...coordinator() },

  'scoring.criteria': { type: 'query', ...signedIn() },
  'scoring.weightings': { type: 'query', ...signedIn() },
  'scoring.compare': { type: 'query', ...signedIn() },
  'scoring.saveCriteria': { type: 'mutation', ...coordinator() },
  'scoring.saveWeighting': { type: 'mutation', ...coordinator() },
  'scoring.setScores': { type: 'mutation', ...coordinator() },

  'stats.overview': { type: 'query', ...signedIn() },
  'stats.attention': { type: 'query', ...signedIn() },
  'stats.radar': { type: 'query', ...signedIn() },
  'stats.roadmap': { type: 'query', ...signedIn() },
  'stats.international': { type: 'query', ...signedIn() },

  'snapshot.create': { type: 'mutation', ...coordinator() },
  'snapshot.list': { type: 'query', ...signedIn() },
  'snapshot.get': { type: 'query', ...signedIn() },
  'snapshot.diff': { type: 'query', ...signedIn() },

  'cooperation.body.list': { type: 'query', ...signedIn() },
  'cooperation.body.get': { type: 'query', ...signedIn() },
  'cooperation.body.history': { type: 'query', ...signedIn() },
  'cooperation.body.create': { type: 'mutation', ...coordinator() },
  'cooperation.body.update': { type: 'mutation', ...coordinator() },
  'cooperation.body.remove': { type: 'mutation', ...coordinator() },

  'cooperation.benchmark.list': { type: 'query', ...signedIn() },
  'cooperation.benchmark.get': { type: 'query', ...signedIn() },
  'cooperation.benchmark.history': { type: 'query', ...signedIn() },
  'cooperation.benchmark.create': { type: 'mutation', ...coordinator() },
  'cooperation.benchmark.update': { type: 'mutation', ...coordinator() },
  'cooperation.benchmark.remove': { type: 'mutation', ...coordinator() },
  'cooperation.benchmark.setResult': { type: 'mutation', ...coordinator() },
  'cooperation.benchmark.removeResult': { type: 'mutation', ...coordinator() },
  'cooperation.benchmark.importResults': { type: 'mutation', ...coordinator() },

  'cooperation.link.ofInitiative': { type: 'query', ...signedIn() },
  'cooperation.link.addBody': { type: 'mutation', ...ownMinistry() },
  'cooperation.link.removeBody': { type: 'mutation', ...ownMinistry() },
  'cooperation.link.addBenchmark': { type: 'mutation', ...ownMinistry() },
  'cooperation.link.removeBenchmark': { type: 'mutation', ...ownMinistry() },
};

const same = (outcome: Outcome): Record<Caller, Outcome> =>
  Object.fromEntries(CALLERS.map((c) => [c, outcome])) as Record<Caller, Outcome>;

/** Anyone, answered the same way whoever asks (a redirect, a feed that is off). */
const everyoneAlike = (outcome: Outcome, publicBecause: string): EndpointRights => ({
  rule: 'everyone',
  outcomes: same(outcome),
  publicBecause,
});

const OPEN_DATA_OFF: Rights = {
  rule: 'custom',
  outcomes: same({
    status: 404,
    why: 'the open-data feed is off unless OPEN_DATA=true: the address answers as if it did not exist',
  }),
};

/**
 * Every plain HTTP route of server/http/app.ts as `METHOD path` (Hono's own spelling). The
 * matrix's app has single sign-on configured (a test provider) and the open-data feed on; the
 * `openDataOff` variants call a second app, on the same database, with the feed off.
 */
export const ROUTE_RIGHTS: Readonly<Record<string, EndpointRights>> = {
  'GET /healthz': everyone('the status of the service: the database kind, migrations and version'),
  'GET /': everyone('the built client page, the same for everyone'),
  'GET /index.html': everyone('the built client page, the same for everyone'),
  'POST /api/import': coordinator(),
  'GET /api/export/:name': { ...signedIn(), variants: { snapshotCsv: signedIn() } },
  'GET /api/auth/oidc/status': everyone('whether single sign-on is configured, nothing else'),
  'GET /api/auth/oidc/login': everyoneAlike(
    { status: 302, location: /\/authorize\?/, why: 'sends the browser to the identity provider' },
    'a redirect to the identity provider, with a sealed attempt cookie',
  ),
  'GET /api/auth/oidc/callback': everyoneAlike(
    { status: 302, location: /^\/$/, why: "the provider's answer signs the browser in and sends it on" },
    'signs in whoever the identity provider vouches for; the answer is a redirect',
  ),
  'GET /api/open/initiatives.json': {
    ...everyone('the open-data feed: only the public fields of active initiatives, meant for anyone'),
    publishes: true,
    variants: { openDataOff: OPEN_DATA_OFF },
  },
  'GET /api/open/initiatives.csv': {
    ...everyone('the open-data feed as CSV: only the public fields of active initiatives'),
    publishes: true,
    variants: { openDataOff: OPEN_DATA_OFF },
  },
};

/**
 * Routes of the app that are not endpoints of their own, and why the matrix does not call them.
 * A wildcard route not listed here fails the matrix, as an endpoint missing from the table does.
 */
export const EXCLUDED_ROUTES: Readonly<Record<string, string>> = {
  'ALL /*': 'the security headers (middleware) and the built client’s static files',
  'ALL /trpc/*': 'the tRPC handler: every procedure is in PROCEDURE_RIGHTS and called through it',
  'GET /trpc/*': 'the read cache in front of the tRPC handler: called by every query of the matrix',
  'ALL /api/*': 'the /api session and same-origin middleware, and the 404 of an unknown /api path',
  'ALL /assets/*': 'the built client’s hashed static files: the same for everyone, no data',
  'GET /*': 'the client’s routes (/initiatives…): the same page as GET /, the app decides',
};
