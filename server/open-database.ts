import { type Config, readConfig } from './config.ts';
import { type Database, openPglite, openPostgres } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { ensureMinistries } from './services/ministry.ts';
import { ensureScoring } from './services/scoring-context.ts';

/**
 * Opens the configured database and brings it to the current migration; the server and the CLI
 * both start here. Its own module, so the CLI does not import the server's entry point (each is
 * compiled into a bundle of its own, and an entry's "am I the main module" check must stay in it).
 */
export async function openConfiguredDatabase(config: Config = readConfig()): Promise<Database> {
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(config.dataDir);
  try {
    await migrate(database.db);
    await ensureMinistries(database.db);
    await ensureScoring(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
