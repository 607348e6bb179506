/**
 * Every page of the signed-in app, by its route pattern. App declares its routes from this
 * list, and the browser tests visit each one (a new page cannot be left out of them: the
 * tests' table of URLs is typed by this list).
 */
export const PAGE_ROUTES = [
  '/',
  '/attention',
  '/radar',
  '/roadmap',
  '/initiatives',
  '/initiatives/new',
  '/initiatives/:id',
  '/initiatives/:id/edit',
  '/board',
  '/eu-acts',
  '/eu-acts/:id',
  '/cooperation',
  '/cooperation/bodies/:id',
  '/cooperation/benchmarks/:id',
  '/import',
  '/weightings',
  '/weightings/compare',
  '/matrix',
  '/snapshots',
  '/changes',
  '/admin/users',
  '/accessibility',
  '*',
] as const;

export type PageRoute = (typeof PAGE_ROUTES)[number];

/** The pages anyone may read signed out too: a public service's accessibility statement must be public. */
export const PUBLIC_ROUTES = ['/accessibility'] as const satisfies readonly PageRoute[];
