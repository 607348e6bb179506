import { sql } from 'drizzle-orm';
import { todayInFinland } from '../../../shared/dates.ts';
import {
  type ImportFormat,
  type ImportReport,
  importFailed,
  MAX_IMPORT_RECORDS,
} from '../../../shared/export-format.ts';
import { fm } from '../../../shared/messages/import-file-messages.ts';
import { im } from '../../../shared/messages/import-report-messages.ts';
import type { MinistryCode } from '../../../shared/ministry.ts';
import { yieldToEventLoop } from '../../db/bulk.ts';
import { type Db, isPglite } from '../../db/database.ts';
import { withUniqueFields } from '../../db/unique-violation.ts';
import { writeTransaction } from '../../db/write-transaction.ts';
import { releaseMemory } from '../../release-memory.ts';
import type { Actor } from '../audit.ts';
import { readCsvFile } from './csv.ts';
import { readDigisalkkuFile } from './digisalkku.ts';
import { readHankeikkunaFile } from './hankeikkuna.ts';
import { ImportTooLargeError } from './plan.ts';
import { validateImport } from './validate.ts';
import { writeImport } from './write.ts';
import { readXlsxFile } from './xlsx.ts';

export { guessImportFormat } from './detect.ts';
export { ImportFileError, ImportTooLargeError } from './plan.ts';

/** The largest file the import reads (the HTTP route enforces it; the CLI checks it too). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
  format: ImportFormat;
  body: Uint8Array;
  actor: Actor;
  dryRun?: boolean;
  today?: string;
  /** Hankeikkuna organiser ids → ministries (defaults to shared/hankeikkuna.ts). */
  organisers?: Readonly<Record<string, MinistryCode>>;
}

/** Reads a file into a plan; a problem with the file as a whole throws ImportFileError. */
export async function readImportFile(
  options: Pick<ImportOptions, 'format' | 'body' | 'today' | 'organisers'>,
) {
  const today = options.today ?? todayInFinland();
  switch (options.format) {
    case 'digisalkku':
      return readDigisalkkuFile(options.body);
    case 'hankeikkuna':
      return readHankeikkunaFile(options.body, {
        today,
        ...(options.organisers ? { organisers: options.organisers } : {}),
      });
    case 'csv':
      return readCsvFile(options.body);
    case 'xlsx':
      return readXlsxFile(options.body);
  }
}

/**
 * Imports a file all or nothing. The first phase reads, matches and validates every record
 * without writing (validate.ts); a dry run, or a file with any rejected record, ends there
 * with the report, so nothing is written and nothing rolled back. Otherwise the second phase
 * writes it all in one transaction, in batches (write.ts), each write with its audit event
 * (action `import`). The caller checks the actor's rights (coordinators and admins, or the
 * command line).
 */
export async function runImport(db: Db, options: ImportOptions): Promise<ImportReport> {
  const report = await readValidateAndWrite(db, options);
  // Once the plan and its rows are out of scope (they are locals of the function above), a
  // large import's garbage goes back to the system at once instead of at some later collection.
  if (report.records.length >= TIDY_THRESHOLD) releaseMemory();
  return report;
}

async function readValidateAndWrite(db: Db, options: ImportOptions): Promise<ImportReport> {
  const today = options.today ?? todayInFinland();
  const plan = await readImportFile({ ...options, today });
  checkRecordCount(plan.records.length);
  const dryRun = options.dryRun ?? false;
  const validated = await validateImport(db, plan, options.actor, today, dryRun);
  if (dryRun || importFailed(validated.report)) return validated.report;
  await withUniqueFields(
    writeTransaction(db, (tx) => writeImport(tx, validated, options.actor)),
    racedUniqueFields(),
  );
  await tidyAfterImport(db, validated.creates.length, validated.updates.length);
  return validated.report;
}

/** Refused before the database is touched: the same cap for every format. */
function checkRecordCount(count: number): void {
  if (count > MAX_IMPORT_RECORDS) {
    throw new ImportTooLargeError(fm('tooManyRecords', { count, max: MAX_IMPORT_RECORDS }));
  }
}

// Checked in the first phase; these cover a save racing the import between its two phases.
const racedUniqueFields = () => ({
  initiatives_project_number_idx: { field: 'projectNumber', message: im('racedProjectNumber') },
  eu_acts_short_name_unique: { field: 'shortName', message: im('racedShortName') },
});

/**
 * After a large write the planner's statistics are stale (PostgreSQL's autovacuum catches up
 * later; PGlite has none), so ANALYZE at once; on PGlite also VACUUM, which reclaims the old
 * row versions of updated initiatives so the folder does not grow with every re-import.
 */
async function tidyAfterImport(db: Db, created: number, updated: number): Promise<void> {
  if (created + updated < TIDY_THRESHOLD) return;
  // Only updates leave old row versions behind; created rows need their statistics only.
  const vacuum = isPglite(db) && updated >= TIDY_THRESHOLD;
  // One table at a time: PGlite runs each statement on the event loop, so smaller ones keep it answering.
  for (const table of ['initiatives', 'milestones', 'eu_impacts', 'audit_events', 'eu_acts']) {
    await db.execute(sql.raw(`${vacuum ? 'vacuum analyze' : 'analyze'} ${table}`));
    await yieldToEventLoop();
  }
}
const TIDY_THRESHOLD = 500;
