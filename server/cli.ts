/**
 * The command line for scheduled jobs (docs/import-export.md):
 *   npm run cli -- import FILE [--dry-run] [--format F] [--json]
 *   npm run cli -- export FILE
 *   npm run cli -- user add|list (server/cli-user.ts)
 * It opens the configured database (DATA_DIR PGlite or DATABASE_URL) like the server does.
 * Exit codes: 0 done, 1 rejected or failed, 2 wrong usage.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportReport,
  importFailed,
  importFormatSchema,
} from '../shared/export-format.ts';
import { parseUserCommand, runUserCommand, USER_USAGE, type UserCliIo } from './cli-user.ts';
import { ConfigError } from './config.ts';
import type { Database } from './db/database.ts';
import { DomainError } from './errors.ts';
import { openConfiguredDatabase } from './open-database.ts';
import type { Actor } from './services/audit.ts';
import { exportPortfolio } from './services/export.ts';
import { guessImportFormat, ImportFileError, MAX_IMPORT_BYTES, runImport } from './services/import/runner.ts';

export const CLI_ACTOR: Actor = { system: 'Command line' };

const USAGE = `Usage:
  npm run cli -- import FILE [--dry-run] [--format ${IMPORT_FORMATS.join('|')}] [--json]
  npm run cli -- export FILE
${USER_USAGE}

The database is the server's: DATABASE_URL, or the PGlite folder DATA_DIR (default ./data).`;

export interface CliIo extends UserCliIo {
  out(line: string): void;
  err(line: string): void;
  /** Opens the database; the default is the server's openConfiguredDatabase(). */
  openDatabase?: () => Promise<Database>;
}

const defaultIo: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

class UsageError extends Error {}

interface Command {
  command: 'import' | 'export';
  file: string;
  dryRun: boolean;
  json: boolean;
  format: ImportFormat | null;
}

function parseArguments(args: string[]): Command {
  const [command, ...rest] = args;
  if (command !== 'import' && command !== 'export') {
    throw new UsageError(
      command ? `Unknown command "${command}".` : 'Say what to do: import, export or user.',
    );
  }
  let file: string | undefined;
  let dryRun = false;
  let json = false;
  let format: ImportFormat | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--dry-run' && command === 'import') dryRun = true;
    else if (arg === '--json' && command === 'import') json = true;
    else if ((arg === '--format' || arg.startsWith('--format=')) && command === 'import') {
      const value = arg.includes('=') ? arg.slice('--format='.length) : rest[++i];
      const parsed = importFormatSchema.safeParse(value);
      if (!parsed.success)
        throw new UsageError(`Unknown format "${value ?? ''}"; use one of ${IMPORT_FORMATS.join(', ')}.`);
      format = parsed.data;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option "${arg}".`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`Give one file, not "${file}" and "${arg}".`);
  }
  if (!file) throw new UsageError(`Give the file to ${command}.`);
  return { command, file, dryRun, json, format };
}

function printReport(report: ImportReport, io: CliIo): void {
  const { created, updated, unchanged, rejected } = report.summary;
  const mode = report.dryRun
    ? 'Dry run'
    : importFailed(report)
      ? 'Import refused, nothing was written'
      : 'Imported';
  io.out(
    `${mode} (${report.format}): ${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected.`,
  );
  for (const warning of report.warnings ?? []) io.out(`warning: ${warning}`);
  for (const act of report.euActs ?? []) {
    if (act.outcome === 'created') io.out(`EU act ${act.key}: created`);
    for (const reason of act.reasons ?? []) io.out(`EU act ${act.index + 1} (${act.key}): ${reason}`);
  }
  for (const record of report.records) {
    const where = record.row !== undefined ? `row ${record.row}` : `record ${record.index + 1}`;
    for (const reason of record.reasons ?? []) io.out(`${where} (${record.key}): rejected: ${reason}`);
    for (const guess of record.guessed ?? []) io.out(`${where} (${record.key}): guessed ${guess}`);
  }
}

async function run(command: Command, io: CliIo, database: Database): Promise<number> {
  if (command.command === 'export') {
    const document = await exportPortfolio(database.db);
    await writeFile(command.file, `${JSON.stringify(document, null, 2)}\n`);
    io.out(
      `Exported ${document.initiatives.length} initiatives and ${document.euActs.length} EU acts to ${command.file}.`,
    );
    return 0;
  }
  const body = new Uint8Array(await readFile(command.file));
  const format = command.format ?? guessImportFormat(command.file, body);
  if (!format) {
    io.err(`Cannot tell the format of ${command.file}; give --format ${IMPORT_FORMATS.join('|')}.`);
    return 2;
  }
  try {
    const report = await runImport(database.db, { format, body, actor: CLI_ACTOR, dryRun: command.dryRun });
    if (command.json) io.out(JSON.stringify(report, null, 2));
    else printReport(report, io);
    return importFailed(report) ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ImportFileError || error instanceof DomainError)) throw error;
    io.err(`${command.file}: ${error.message}`);
    return 1;
  }
}

/** Runs the command line with its arguments (without `node` and the script); answers the exit code. */
export async function main(args: string[], io: CliIo = defaultIo): Promise<number> {
  if (args[0] === 'user') {
    const user = parseUserCommand(args.slice(1));
    if ('error' in user) {
      io.err(`${user.error}\n\n${USAGE}`);
      return 2;
    }
    return withDatabase(io, (database) => runUserCommand(user, io, database, CLI_ACTOR));
  }
  let command: Command;
  try {
    command = parseArguments(args);
    if (command.command === 'import') {
      const info = await stat(command.file).catch(() => null);
      if (!info?.isFile()) throw new UsageError(`There is no file ${command.file}.`);
      if (info.size > MAX_IMPORT_BYTES) {
        io.err(
          `${command.file} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit; split it.`,
        );
        return 1;
      }
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  return withDatabase(io, (database) => run(command, io, database));
}

/** Opens the database, runs the work on it and closes it again; a failure is reported, exit code 1. */
async function withDatabase(io: CliIo, work: (database: Database) => Promise<number>): Promise<number> {
  let database: Database | null = null;
  try {
    database = await (io.openDatabase ?? (() => openConfiguredDatabase()))();
    return await work(database);
  } catch (error) {
    io.err(
      error instanceof ConfigError
        ? `digisalkku: ${error.message}`
        : `digisalkku: ${(error as Error).stack ?? error}`,
    );
    return 1;
  } finally {
    await database?.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
