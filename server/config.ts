import { resolve } from 'node:path';

/** Everything the server reads from its environment, with the defaults documented in README.md. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  demoPassword: string | null;
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies: boolean;
  sessionHours: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
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
    secureCookies: env.COOKIE_SECURE === 'true',
    sessionHours: Number.isInteger(sessionHours) && sessionHours > 0 ? sessionHours : 12,
  };
}

/** A start-up problem the operator can fix; printed as one line, without a stack trace. */
export class ConfigError extends Error {}
