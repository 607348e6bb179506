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
  '*',
] as const;

export type PageRoute = (typeof PAGE_ROUTES)[number];
