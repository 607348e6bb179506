import type { z } from 'zod';
import {
  EXPORT_FORMAT,
  exportBenchmarkSchema,
  exportBodySchema,
  exportEnvelopeSchema,
  exportEuActSchema,
  exportInitiativeSchema,
  IMPORTABLE_FORMAT_VERSIONS,
  type ImportableFormatVersion,
  initiativeInputFromExport,
  MAX_IMPORT_RECORDS,
} from '../../../shared/export-format.ts';
import { fieldPathLabel, joinMessages } from '../../../shared/field-paths.ts';
import { fm } from '../../../shared/messages/import-file-messages.ts';
import { im } from '../../../shared/messages/import-report-messages.ts';
import { unknownCriteriaMessage } from '../../../shared/scoring-criteria.ts';
import { sm } from '../../../shared/server-messages.ts';
import { truncateText } from '../../../shared/text.ts';
import { validationLanguage } from '../../../shared/validation-messages.ts';
import { yieldToEventLoop } from '../../db/bulk.ts';
import {
  ImportFileError,
  type ImportPlan,
  ImportTooLargeError,
  issueReasons,
  type PlannedCatalogueEntry,
  type PlannedRecord,
  parseJson,
} from './plan.ts';

function keyOf(raw: unknown, index: number): string {
  const record = raw as { projectNumber?: unknown; title?: { fi?: unknown } } | null;
  const key = [record?.projectNumber, record?.title?.fi].find((v) => typeof v === 'string' && v.trim());
  return typeof key === 'string' ? truncateText(key.trim(), 200) : im('recordKey', { n: index + 1 });
}

/**
 * Reads a digisalkku export (shared/export-format.ts). Each record replaces the initiative it
 * matches (by id, then project number) field for field; EU impacts name acts by short name.
 * Version 2 also carries bodies and benchmarks (matched by short name) and each initiative's
 * links to them; version 1 leaves cooperation data alone. A version this server does not know
 * is refused by name, and an export of more than MAX_IMPORT_RECORDS initiatives before any is read.
 */
export async function readDigisalkkuFile(body: Uint8Array): Promise<ImportPlan> {
  const json = parseJson(body);
  checkVersion(json);
  const envelope = exportEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new ImportFileError(
      fm('notDigisalkku', {
        problems: joinMessages(issueReasons(envelope.error.issues, { subject: 'exportFile', limit: 3 })),
      }),
    );
  }
  const count = envelope.data.initiatives.length;
  if (count > MAX_IMPORT_RECORDS)
    throw new ImportTooLargeError(fm('tooManyRecords', { count, max: MAX_IMPORT_RECORDS }));
  const euActs = envelope.data.euActs.map((raw, index) => {
    const parsed = exportEuActSchema.safeParse(raw);
    const name = (raw as { shortName?: unknown } | null)?.shortName;
    const key =
      typeof name === 'string' && name.trim()
        ? truncateText(name.trim(), 80)
        : im('euActKey', { n: index + 1 });
    return parsed.success
      ? { index, key: parsed.data.shortName, data: parsed.data, reasons: [] }
      : { index, key, data: null, reasons: issueReasons(parsed.error.issues, { subject: 'euAct' }) };
  });
  const version = envelope.data.formatVersion;
  const records: PlannedRecord[] = [];
  for (const [index, raw] of envelope.data.initiatives.entries()) {
    // Checking 10,000 records is about a second of CPU: let other requests in between.
    if (index % 250 === 249) await yieldToEventLoop();
    records.push(readRecord(raw, index, version));
  }
  if (version === 1) return { format: 'digisalkku', records, euActs };
  return {
    format: 'digisalkku',
    records,
    euActs,
    bodies: envelope.data.bodies.map((raw, index) =>
      readCatalogueEntry(raw, index, exportBodySchema, 'body'),
    ),
    benchmarks: envelope.data.benchmarks.map((raw, index) =>
      readCatalogueEntry(raw, index, exportBenchmarkSchema, 'benchmark'),
    ),
  };
}

/** A digisalkku file of a version this server does not read is refused with the versions it does. */
function checkVersion(json: unknown): void {
  const envelope = json as { format?: unknown; formatVersion?: unknown } | null;
  const version = envelope?.formatVersion;
  if (
    envelope?.format === EXPORT_FORMAT &&
    typeof version === 'number' &&
    !IMPORTABLE_FORMAT_VERSIONS.includes(version as ImportableFormatVersion)
  )
    throw new ImportFileError(
      sm('formatVersionUnsupported', { version, versions: IMPORTABLE_FORMAT_VERSIONS.join(', ') }),
    );
}

/** A body or benchmark of the file, checked by its export schema; keyed by its short name. */
function readCatalogueEntry<T>(
  raw: unknown,
  index: number,
  schema: z.ZodType<T>,
  subject: 'body' | 'benchmark',
): PlannedCatalogueEntry<T> {
  const parsed = schema.safeParse(raw);
  const name = (raw as { shortName?: unknown } | null)?.shortName;
  const key =
    typeof name === 'string' && name.trim()
      ? truncateText(name.trim(), 80)
      : im('recordKey', { n: index + 1 });
  return parsed.success
    ? { index, key, data: parsed.data, reasons: [] }
    : { index, key, data: null, reasons: issueReasons(parsed.error.issues, { subject }) };
}

/** One record of the file, checked by the export schema. */
function readRecord(raw: unknown, index: number, version: ImportableFormatVersion): PlannedRecord {
  const parsed = exportInitiativeSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      index,
      key: keyOf(raw, index),
      projectNumber: null,
      reasons: issueReasons(parsed.error.issues),
      build: () => ({ input: null }),
    };
  }
  const record = parsed.data;
  // Scores are kept only for defined criteria (the default list until coordinators define their own).
  const unknownScores = unknownCriteriaMessage(record.scores);
  return {
    index,
    key: record.projectNumber ?? truncateText(record.title.fi, 200),
    projectNumber: record.projectNumber,
    id: record.id ?? null,
    reasons: unknownScores ? [`${fieldPathLabel('scores', validationLanguage())}: ${unknownScores}`] : [],
    archived: record.archived,
    board: { tier: record.tier, rank: record.rank, scores: record.scores },
    // Version 1 had no links: whatever such a file says about them is not read.
    ...(version >= 2 && (record.bodies || record.benchmarks)
      ? {
          links: {
            ...(record.bodies ? { bodies: record.bodies } : {}),
            ...(record.benchmarks ? { benchmarks: record.benchmarks } : {}),
          },
        }
      : {}),
    build: (_existing, context) => initiativeInputFromExport(record, (name) => context.euActId(name)),
  };
}
