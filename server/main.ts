import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { ConfigError, readConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { readOidcConfig } from './oidc-config.ts';
import { openConfiguredDatabase } from './open-database.ts';
import { projectPath } from './project-root.ts';
import { ensureDemoUsers, seedDemoPortfolio } from './seed/demo-seed.ts';

const VERSION = (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string })
  .version;

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const config = readConfig(process.env, { demo });
  // Read before the database opens, so a wrong setting stops the start at once.
  const oidc = readOidcConfig();
  const database = await openConfiguredDatabase(config);
  const where = database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';

  if (demo) {
    if (await seedDemoPortfolio(database.db)) console.log('digisalkku: seeded the demo portfolio.');
    const users = await ensureDemoUsers(database.db, config.demoPassword);
    if (users.created) {
      console.log(
        `digisalkku: demo users admin, coordinator, editor.lvm, viewer — password: ${users.password}`,
      );
    } else if (users.password) {
      console.log(
        `digisalkku: DEMO_PASSWORD given to ${users.reset.length ? `the demo users ${users.reset.join(', ')}` : 'no one: this database has no demo users'}.`,
      );
    } else {
      console.log('digisalkku: demo users exist; set DEMO_PASSWORD to give them a new password at start.');
    }
  }

  const app = createApp({
    database,
    version: VERSION,
    sessionHours: config.sessionHours,
    sessionIdleMinutes: config.sessionIdleMinutes,
    secureCookies: config.secureCookies,
    openData: config.openData,
    openDataRateLimit: config.openDataRateLimit,
    oidc,
    trustProxy: config.trustProxy,
    clientDir: config.clientDir,
    readCacheBytes: config.readCacheBytes,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    console.log(
      `digisalkku ${VERSION} (${demo ? 'demo' : 'production'} mode, ${where}) at http://${host}:${info.port}/`,
    );
  });
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `digisalkku: port ${config.port} is in use; set PORT to another port.`
        : `digisalkku: ${error.message}`,
    );
    await database.close();
    process.exit(1);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`digisalkku: ${signal}, closing.`);
    server.close();
    // PGlite must be closed, or the process hangs and the folder stays locked.
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? `digisalkku: ${error.message}` : error);
    process.exit(1);
  });
}
