/**
 * The digisalkku JSON exchange format (see docs/import-export.md): the whole portfolio in one
 * file that imports into another database. Initiatives name EU acts, cooperation bodies and
 * benchmarks by their short name, never by a database id, so the file does not depend on the
 * database it came from. Version 2 added the bodies and benchmarks (issue 12); version 1
 * files still import, leaving cooperation data as it is.
 */
import { z } from 'zod';
import { benchmarkInputSchema, benchmarkResultInputSchema } from './benchmark.ts';
import { bodyRelationSchema, euRelationSchema, tierSchema } from './codes.ts';
import type { BodyData } from './cooperation-body.ts';
import { bodyInputSchema } from './cooperation-body.ts';
import { isoDateSchema } from './dates.ts';
import { type EuActData, euActInputSchema } from './eu-act.ts';
import { fieldPathLabel } from './field-paths.ts';
import { idSchema } from './id.ts';
import { type Initiative, initiativeInputSchema, toInitiativeData } from './initiative.ts';
import { fm } from './messages/import-file-messages.ts';
import { im } from './messages/import-report-messages.ts';
import { scoresSchema } from './scoring-criteria.ts';
import { sm } from './server-messages.ts';
import { textSchema } from './text.ts';
import { validationLanguage } from './validation-messages.ts';

export const EXPORT_FORMAT = 'digisalkku';
export const EXPORT_FORMAT_VERSION = 2;
/** The versions an import reads: version 1 has no cooperation data. */
export const IMPORTABLE_FORMAT_VERSIONS = [1, 2] as const;
export type ImportableFormatVersion = (typeof IMPORTABLE_FORMAT_VERSIONS)[number];

const shortNameRef = (error: () => string) => textSchema().trim().min(1, { error }).max(80);
const optionalNote = textSchema()
  .trim()
  .max(1000)
  .nullish()
  .transform((v) => v || null);

/** A link from an initiative to a cooperation body in a file: the body by its short name. */
export const exportBodyLinkSchema = z.object({
  body: shortNameRef(() => sm('importLinkBodyName')),
  relation: bodyRelationSchema,
  note: optionalNote,
});
export type ExportBodyLink = z.output<typeof exportBodyLinkSchema>;

/** A benchmark an initiative reports to, in a file: by its short name. */
export const exportBenchmarkLinkSchema = z.object({
  benchmark: shortNameRef(() => sm('importLinkBenchmarkName')),
  note: optionalNote,
});
export type ExportBenchmarkLink = z.output<typeof exportBenchmarkLinkSchema>;

const { euActId: _euActId, ...bodyShape } = bodyInputSchema.shape;

/**
 * A cooperation body in a file: its fields, its EU act by short name. The body's cross-field
 * rules (bodyInputSchema) are checked once the act is resolved.
 */
export const exportBodySchema = z.object({
  ...bodyShape,
  euAct: textSchema()
    .trim()
    .max(80)
    .nullish()
    .transform((v) => v || null),
});
export type ExportBody = Omit<BodyData, 'euActId'> & { euAct: string | null };

/** A benchmark in a file: its fields and Finland's results, one per edition. */
export const exportBenchmarkSchema = benchmarkInputSchema.extend({
  results: z.array(benchmarkResultInputSchema).max(500).default([]),
});
export type ExportBenchmark = z.output<typeof exportBenchmarkSchema>;

/** An EU impact in a file: the act by its short name. */
export const exportImpactSchema = z.object({
  euAct: textSchema()
    .trim()
    .min(1, { error: () => im('impactActName') })
    .max(80),
  relation: euRelationSchema,
  deadline: isoDateSchema.nullish().transform((v) => v ?? null),
  note: textSchema()
    .trim()
    .max(1000)
    .nullish()
    .transform((v) => v || null),
});
export type ExportImpact = z.output<typeof exportImpactSchema>;

const { euImpacts: _impacts, ...editableShape } = initiativeInputSchema.shape;

/**
 * One initiative in a file: the editable fields (as in initiativeInputSchema), impacts by act
 * short name, and what the system keeps. `id`, `createdAt` and `updatedAt` are informational:
 * an import matches by id, then project number, but always lets the target database choose ids
 * and times. The cross-field rules of initiativeInputSchema are checked after the acts are resolved.
 */
export const exportInitiativeSchema = z.object({
  id: idSchema().nullish(),
  archived: z.boolean().default(false),
  ...editableShape,
  euImpacts: z.array(exportImpactSchema).max(100).default([]),
  /** Version 2: the initiative's links; left out, the import leaves its links as they are. */
  bodies: z.array(exportBodyLinkSchema).max(100).optional(),
  benchmarks: z.array(exportBenchmarkLinkSchema).max(100).optional(),
  tier: tierSchema.default('unprioritised'),
  rank: textSchema()
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  scores: scoresSchema.default({}),
  createdAt: textSchema().max(40).nullish(),
  updatedAt: textSchema().max(40).nullish(),
});
export type ExportInitiativeInput = z.input<typeof exportInitiativeSchema>;
export type ExportInitiative = z.output<typeof exportInitiativeSchema>;

export const exportEuActSchema = euActInputSchema;
export type ExportEuAct = EuActData;

/**
 * The envelope. Records are checked one by one afterwards (`unknown` here), so that one bad
 * record is reported by its number instead of failing the whole file with one message.
 */
export const exportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: () => fm('formatLiteral', { format: EXPORT_FORMAT }) }),
  formatVersion: z.union(
    IMPORTABLE_FORMAT_VERSIONS.map((version) => z.literal(version)),
    { error: () => fm('formatVersion', { version: IMPORTABLE_FORMAT_VERSIONS.join(', ') }) },
  ),
  exportedAt: textSchema().max(40).optional(),
  euActs: z.array(z.unknown()).max(10_000).default([]),
  bodies: z.array(z.unknown()).max(10_000).default([]),
  benchmarks: z.array(z.unknown()).max(10_000).default([]),
  initiatives: z.array(z.unknown()).max(100_000),
});

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  euActs: ExportEuAct[];
  bodies: ExportBody[];
  benchmarks: ExportBenchmark[];
  initiatives: ExportInitiative[];
}

/** An initiative's links as the export reads them; left out when the data predates cooperation. */
export interface ExportLinks {
  bodies: ExportBodyLink[];
  benchmarks: ExportBenchmarkLink[];
}

/** An initiative as written to a file, its priority with it. */
export function toExportInitiative(initiative: Initiative, links?: ExportLinks): ExportInitiative {
  const data = toInitiativeData(initiative);
  return {
    id: initiative.id,
    archived: initiative.archivedAt !== null,
    ...data,
    euImpacts: initiative.euImpacts.map((impact) => ({
      euAct: impact.euActShortName,
      relation: impact.relation,
      deadline: impact.deadline,
      note: impact.note,
    })),
    ...(links ? { bodies: links.bodies, benchmarks: links.benchmarks } : {}),
    tier: initiative.tier,
    rank: initiative.rank,
    scores: initiative.scores,
    createdAt: initiative.createdAt.toISOString(),
    updatedAt: initiative.updatedAt.toISOString(),
  };
}

/** The initiative input of a file record, with each act's short name replaced by its id. */
export function initiativeInputFromExport(
  record: ExportInitiative,
  actIdByShortName: (shortName: string) => string | undefined,
): { input: Record<string, unknown>; reasons: string[] } {
  const {
    id: _id,
    archived: _archived,
    bodies: _bodies,
    benchmarks: _benchmarks,
    tier: _tier,
    rank: _rank,
    scores: _scores,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = record;
  const reasons: string[] = [];
  const euImpacts = record.euImpacts.map((impact, index) => {
    const euActId = actIdByShortName(impact.euAct);
    if (!euActId) {
      reasons.push(
        im('actNotInCatalogue', {
          field: fieldPathLabel(['euImpacts', index, 'euAct'], validationLanguage()),
          name: impact.euAct,
        }),
      );
    }
    return {
      euActId: euActId ?? '',
      relation: impact.relation,
      deadline: impact.deadline,
      note: impact.note,
    };
  });
  return { input: { ...fields, euImpacts }, reasons };
}

/** `digisalkku-2025-03-14.json`: the name of a download, dated in Finnish time. */
export function exportFileName(today: string, extension = 'json'): string {
  return `digisalkku-${today}.${extension}`;
}

// ---------------------------------------------------------------- import report

export const IMPORT_FORMATS = ['digisalkku', 'hankeikkuna', 'csv', 'xlsx'] as const;
export const importFormatSchema = z.enum(IMPORT_FORMATS, {
  error: () => fm('formatChoice', { formats: IMPORT_FORMATS.join(', ') }),
});
export type ImportFormat = z.infer<typeof importFormatSchema>;

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

/**
 * The most records one import takes, whatever the format: twice a 10,000-initiative portfolio,
 * so a whole portfolio still moves in one file, while a runaway sheet is refused before any work.
 */
export const MAX_IMPORT_RECORDS = 20_000;

export interface ImportRecordReport {
  /** Position of the record in the file, from 0 (the JSON array index). */
  index: number;
  /** Spreadsheet row number (the header is row 1), for CSV and XLSX. */
  row?: number;
  /** Project number, or the Finnish title when there is none. */
  key: string;
  outcome: ImportOutcome;
  /**
   * Why the record was rejected, in the request's language, each naming the field by its label:
   * `Title in Finnish: The Finnish text is required.`
   */
  reasons?: string[];
  /** Values the import filled in because the source did not have them. */
  guessed?: string[];
  changedFields?: string[];
}

export interface ImportEuActReport {
  index: number;
  key: string;
  outcome: 'created' | 'existing' | 'rejected';
  reasons?: string[];
}

/** A cooperation body or benchmark of a digisalkku file (version 2): matched by short name. */
export interface ImportCatalogueReport {
  index: number;
  key: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'rejected';
  reasons?: string[];
  changedFields?: string[];
}

export interface ImportReport {
  dryRun: boolean;
  format: ImportFormat;
  summary: Record<ImportOutcome, number>;
  records: ImportRecordReport[];
  /** EU acts of a digisalkku file: missing ones are created, existing ones kept as they are. */
  euActs?: ImportEuActReport[];
  /** Cooperation bodies and benchmarks of a version 2 file: created or updated by short name. */
  bodies?: ImportCatalogueReport[];
  benchmarks?: ImportCatalogueReport[];
  /** Things about the whole file, e.g. spreadsheet columns that were ignored. */
  warnings?: string[];
}

export function summarise(records: readonly ImportRecordReport[]): ImportReport['summary'] {
  const summary = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const record of records) summary[record.outcome] += 1;
  return summary;
}

/** Whether an import was refused: any rejected record, EU act, body or benchmark means nothing was written. */
export function importFailed(report: ImportReport): boolean {
  return (
    report.summary.rejected > 0 ||
    [report.euActs, report.bodies, report.benchmarks].some(
      (list) => list?.some((entry) => entry.outcome === 'rejected') ?? false,
    )
  );
}
