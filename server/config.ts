import { resolve } from 'node:path';
import { projectPath } from './project-root.ts';

/** Everything the server reads from its environment, with the defaults documented in README.md. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  demoPassword: string | null;
  /**
   * Served over TLS (directly or behind a TLS-terminating proxy): the session cookie is
   * `__Host-` prefixed and Secure, and answers carry HSTS. COOKIE_SECURE; by default on in
   * production mode and off in demo mode, which serves plain HTTP on loopback.
   */
  secureCookies: boolean;
  /** Hours a sign-in lasts at most (SESSION_HOURS). */
  sessionHours: number;
  /** Minutes without a request after which a session ends (SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /** The open-data feed at /api/open/ is served (OPEN_DATA=true); off by default. */
  openData: boolean;
  /** Requests a minute the open-data feed answers per client network (OPEN_DATA_RATE_LIMIT, default 60). */
  openDataRateLimit: number;
  /**
   * Reverse proxies in front of the server whose X-Forwarded-For entries are believed (0: none,
   * the socket's peer is the client). Sign-in is throttled per client address.
   */
  trustProxy: number;
  /** The built client to serve (`dist/client`, or CLIENT_DIR: e.g. a browser-test build of its own). */
  clientDir: string;
  /** Bytes the read cache may keep (READ_CACHE_MB, default 64; 0 turns it off). */
  readCacheBytes: number;
}

export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  { demo = false }: { demo?: boolean } = {},
): Config {
  const port = Number.parseInt(env.PORT ?? '3000', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number (0–65535), not "${env.PORT}".`);
  }
  const sessionHours = Number.parseInt(env.SESSION_HOURS ?? '12', 10);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: resolve(env.DATA_DIR || './data'),
    demoPassword: env.DEMO_PASSWORD || null,
    secureCookies: readSwitch('COOKIE_SECURE', env.COOKIE_SECURE, !demo),
    sessionHours: Number.isInteger(sessionHours) && sessionHours > 0 ? sessionHours : 12,
    sessionIdleMinutes: readIdleMinutes(env.SESSION_IDLE_MINUTES),
    openData: readSwitch('OPEN_DATA', env.OPEN_DATA, false),
    openDataRateLimit: readRateLimit(env.OPEN_DATA_RATE_LIMIT),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    readCacheBytes: readCacheMegabytes(env.READ_CACHE_MB) * 1024 * 1024,
    clientDir: resolve(env.CLIENT_DIR || projectPath('dist', 'client')),
  };
}

/** A `true`/`false` setting; unset or empty gives the default. */
function readSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '') return fallback;
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new ConfigError(`${name} must be true or false, not "${value}".`);
}

/** `OPEN_DATA_RATE_LIMIT`: a positive whole number of requests a minute; 60 unless told otherwise. */
function readRateLimit(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 60;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1)
    throw new ConfigError(
      `OPEN_DATA_RATE_LIMIT must be a whole number of requests a minute (1 or more), not "${value}".`,
    );
  return limit;
}

/** `SESSION_IDLE_MINUTES`: 5 minutes to a day; 60 unless told otherwise. */
function readIdleMinutes(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 60;
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440)
    throw new ConfigError(`SESSION_IDLE_MINUTES must be a whole number of minutes (5–1440), not "${value}".`);
  return minutes;
}

/** `READ_CACHE_MB`: a whole number of megabytes, 0 to turn the cache off. */
function readCacheMegabytes(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 64;
  const megabytes = Number(value);
  if (!Number.isInteger(megabytes) || megabytes < 0 || megabytes > 4096)
    throw new ConfigError(`READ_CACHE_MB must be a whole number of megabytes (0–4096), not "${value}".`);
  return megabytes;
}

/** `TRUST_PROXY`: unset, `false` or `0` (none), `true` (one proxy) or the number of proxy hops. */
function readTrustProxy(value: string | undefined): number {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'false') return 0;
  if (text === 'true') return 1;
  const hops = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(hops)) {
    throw new ConfigError(
      `TRUST_PROXY must be false, true or the number of reverse proxies in front of the server (1, 2, …), not "${value}".`,
    );
  }
  return hops;
}

/** A start-up problem the operator can fix; printed as one line, without a stack trace. */
export class ConfigError extends Error {}
