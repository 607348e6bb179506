import { type AppOptions, createApp } from '../http/app.ts';

/**
 * The app as the HTTP tests serve it: plain-HTTP cookies, no built client, a one-hour session;
 * a test names only what it is about (`{ openData: true }`, `{ trustProxy: 1 }`).
 */
export function createTestApp(database: AppOptions['database'], options: Partial<AppOptions> = {}) {
  return createApp({
    database,
    version: 'test',
    sessionHours: 1,
    secureCookies: false,
    clientDir: null,
    ...options,
  });
}
