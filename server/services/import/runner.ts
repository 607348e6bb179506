import { inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { initiatives } from '../../../drizzle/schema/index.ts';
import { todayInFinland } from '../../../shared/dates.ts';
import {
  type ImportFormat,
  type ImportRecordReport,
  type ImportReport,
  importFailed,
  summarise,
} from '../../../shared/export-format.ts';
import { type Initiative, initiativeInputSchema, toInitiativeData } from '../../../shared/initiative.ts';
import { diffInitiativeData } from '../../../shared/initiative-changes.ts';
import type { MinistryCode } from '../../../shared/ministry.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../audit.ts';
import { applyUpdate, insertInitiative, loadInitiatives } from '../initiative.ts';
import { readCsvFile } from './csv.ts';
import { readDigisalkkuFile } from './digisalkku.ts';
import { readHankeikkunaFile } from './hankeikkuna.ts';
import { type ImportPlan, issueReasons, type PlannedRecord } from './plan.ts';
import { applySystemFields, importEuActs, inSavepoint } from './write.ts';
import { readXlsxFile } from './xlsx.ts';

export { guessImportFormat } from './detect.ts';
export { ImportFileError } from './plan.ts';

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

class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super('Import rolled back.');
  }
}

/**
 * Imports a file all or nothing, in one transaction: every record is validated with
 * initiativeInputSchema and written through insertInitiative / applyUpdate, so each write has
 * its audit event (action `import`). When any record is rejected — or on a dry run — the
 * transaction is rolled back and the report says what would have happened. The caller checks
 * the actor's rights (coordinators and admins, or the command line).
 */
export async function runImport(db: Db, options: ImportOptions): Promise<ImportReport> {
  const today = options.today ?? todayInFinland();
  const plan = await readImportFile({ ...options, today });
  const dryRun = options.dryRun ?? false;
  try {
    return await db.transaction(async (tx) => {
      const report = await applyPlan(tx, plan, options.actor, today, dryRun);
      if (dryRun || importFailed(report)) throw new Rollback(report);
      return report;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    throw error;
  }
}

/** The initiatives the records match: by id (digisalkku files), then by project number. */
async function findMatches(tx: Db, records: PlannedRecord[]): Promise<Map<PlannedRecord, Initiative>> {
  const isUuid = (v: string | null | undefined): v is string => !!v && z.uuid().safeParse(v).success;
  const ids = [...new Set(records.map((r) => r.id).filter(isUuid))];
  const numbers = [...new Set(records.map((r) => r.projectNumber).filter((n): n is string => !!n))];
  const rows: { id: string; projectNumber: string | null }[] = [];
  for (let i = 0; i < Math.max(ids.length, numbers.length); i += 1000) {
    const idChunk = ids.slice(i, i + 1000);
    const numberChunk = numbers.slice(i, i + 1000);
    rows.push(
      ...(await tx
        .select({ id: initiatives.id, projectNumber: initiatives.projectNumber })
        .from(initiatives)
        .where(
          or(
            idChunk.length > 0 ? inArray(initiatives.id, idChunk) : undefined,
            numberChunk.length > 0 ? inArray(initiatives.projectNumber, numberChunk) : undefined,
          ),
        )),
    );
  }
  const byId = new Map(rows.map((r) => [r.id, r.id]));
  const byNumber = new Map(rows.filter((r) => r.projectNumber).map((r) => [r.projectNumber as string, r.id]));
  const matchedIds = new Map<PlannedRecord, string>();
  for (const record of records) {
    const id =
      (record.id && byId.get(record.id)) || (record.projectNumber && byNumber.get(record.projectNumber));
    if (id) matchedIds.set(record, id);
  }
  const loaded = new Map<string, Initiative>();
  const wanted = [...new Set(matchedIds.values())];
  for (let i = 0; i < wanted.length; i += 500) {
    for (const initiative of await loadInitiatives(tx, wanted.slice(i, i + 500)))
      loaded.set(initiative.id, initiative);
  }
  const matches = new Map<PlannedRecord, Initiative>();
  for (const [record, id] of matchedIds) {
    const initiative = loaded.get(id);
    if (initiative) matches.set(record, initiative);
  }
  return matches;
}

/** Records that name the same initiative twice: the later ones are rejected. */
function duplicateReasons(
  records: PlannedRecord[],
  matches: Map<PlannedRecord, Initiative>,
): Map<PlannedRecord, string> {
  const reasons = new Map<PlannedRecord, string>();
  const byNumber = new Map<string, number>();
  const byMatch = new Map<string, number>();
  for (const record of records) {
    const number = record.projectNumber;
    const match = matches.get(record)?.id;
    const sameNumber = number ? byNumber.get(number) : undefined;
    const sameMatch = match ? byMatch.get(match) : undefined;
    if (sameNumber !== undefined)
      reasons.set(record, `projectNumber: ${number} is also in record ${sameNumber + 1} of the file.`);
    else if (sameMatch !== undefined)
      reasons.set(record, `This record matches the same initiative as record ${sameMatch + 1}.`);
    if (number && sameNumber === undefined) byNumber.set(number, record.index);
    if (match && sameMatch === undefined) byMatch.set(match, record.index);
  }
  return reasons;
}

async function importRecord(
  tx: Db,
  record: PlannedRecord,
  existing: Initiative | null,
  actIds: Map<string, string>,
  actor: Actor,
  today: string,
): Promise<ImportRecordReport> {
  const base = {
    index: record.index,
    ...(record.row !== undefined ? { row: record.row } : {}),
    key: record.key,
  };
  const before = existing ? toInitiativeData(existing) : null;
  const built = record.build(before, { euActId: (name) => actIds.get(name) });
  const guessed = built.guessed?.length ? { guessed: built.guessed } : {};
  const parsed = initiativeInputSchema.safeParse(built.input);
  // An act the builder could not resolve is already named by its short name; its empty id is not news.
  const issues = parsed.success
    ? []
    : parsed.error.issues.filter(
        (i) => !(built.reasons?.length && i.path[0] === 'euImpacts' && i.path[2] === 'euActId'),
      );
  const reasons = [...(built.reasons ?? []), ...issueReasons(issues)];
  if (!parsed.success || reasons.length > 0) return { ...base, outcome: 'rejected', reasons, ...guessed };
  const data = parsed.data;
  const result = await inSavepoint(tx, async (sp) => {
    if (existing && before) {
      const changed = diffInitiativeData(before, data).map((c) => c.field as string);
      await applyUpdate(sp, existing, data, actor, 'import', today);
      return {
        id: existing.id,
        changed: [...changed, ...(await applySystemFields(sp, existing.id, record, actor))],
      };
    }
    const id = await insertInitiative(sp, data, actor, 'import', today);
    await applySystemFields(sp, id, record, actor);
    return { id, changed: [] };
  });
  if ('reasons' in result) return { ...base, outcome: 'rejected', reasons: result.reasons, ...guessed };
  if (!existing) return { ...base, outcome: 'created', ...guessed };
  if (result.ok.changed.length === 0) return { ...base, outcome: 'unchanged', ...guessed };
  return { ...base, outcome: 'updated', changedFields: result.ok.changed, ...guessed };
}

async function applyPlan(
  tx: Db,
  plan: ImportPlan,
  actor: Actor,
  today: string,
  dryRun: boolean,
): Promise<ImportReport> {
  const acts = await importEuActs(tx, plan.euActs ?? [], actor);
  const matches = await findMatches(tx, plan.records);
  const duplicates = duplicateReasons(plan.records, matches);
  const records: ImportRecordReport[] = [];
  for (const record of plan.records) {
    const duplicate = duplicates.get(record);
    const reasons = [...record.reasons, ...(duplicate ? [duplicate] : [])];
    if (reasons.length > 0) {
      const row = record.row !== undefined ? { row: record.row } : {};
      records.push({ index: record.index, ...row, key: record.key, outcome: 'rejected', reasons });
      continue;
    }
    records.push(await importRecord(tx, record, matches.get(record) ?? null, acts.actIds, actor, today));
  }
  return {
    dryRun,
    format: plan.format,
    summary: summarise(records),
    records,
    ...(plan.euActs ? { euActs: acts.reports } : {}),
    ...(plan.warnings?.length ? { warnings: plan.warnings } : {}),
  };
}
