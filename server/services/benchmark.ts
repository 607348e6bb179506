import { and, asc, eq, sql } from 'drizzle-orm';
import {
  benchmarkResults,
  benchmarks,
  initiativeBenchmarks,
  initiatives,
} from '../../drizzle/schema/index.ts';
import type { AuditEvent } from '../../shared/audit.ts';
import {
  BENCHMARK_FIELDS,
  type Benchmark,
  type BenchmarkData,
  type BenchmarkDetails,
  type BenchmarkResult,
  type BenchmarkResultData,
  type BenchmarkSummary,
  benchmarkInputSchema,
  benchmarkResultInputSchema,
  resultsInOrder,
} from '../../shared/benchmark.ts';
import type { BenchmarkCycle } from '../../shared/codes.ts';
import type { Link } from '../../shared/initiative.ts';
import { diffFields } from '../../shared/initiative-changes.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { sm } from '../../shared/server-messages.ts';
import { vm } from '../../shared/validation-messages.ts';
import type { Db } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { notFound } from '../errors.ts';
import { type Actor, auditHistory, recordAuditEvent } from './audit.ts';
import {
  type Catalogue,
  createCatalogueRecord,
  deleteCatalogueRecord,
  insertCatalogueRecord,
  updateCatalogueRecord,
} from './catalogue-record.ts';
import { cooperationFrozen } from './snapshot-content.ts';

type BenchmarkRow = typeof benchmarks.$inferSelect;

export function benchmarkFromRow(row: BenchmarkRow): Benchmark {
  return {
    id: row.id,
    version: row.version,
    shortName: row.shortName,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    publisher: row.publisher,
    cycle: row.cycle as BenchmarkCycle,
    nextPublicationOn: row.nextPublicationOn,
    scoreScale: row.scoreScale,
    links: row.links as Link[],
  };
}

function benchmarkValues(data: BenchmarkData) {
  return {
    shortName: data.shortName,
    nameFi: data.name.fi,
    nameSv: data.name.sv ?? null,
    nameEn: data.name.en ?? null,
    publisher: data.publisher,
    cycle: data.cycle,
    nextPublicationOn: data.nextPublicationOn,
    scoreScale: data.scoreScale,
    links: data.links,
  };
}

export const BENCHMARK_CATALOGUE: Catalogue<BenchmarkData, BenchmarkRow, Benchmark> = {
  table: benchmarks,
  entity: 'benchmark',
  fields: BENCHMARK_FIELDS,
  fromRow: benchmarkFromRow,
  values: benchmarkValues,
  notFound: () => notFound('benchmark'),
  stale: () => sm('staleBenchmark'),
  shortNameTaken: (shortName) => vm('benchmarkShortNameTaken', { shortName }),
  uniqueConstraint: 'benchmarks_short_name_unique',
};
const catalogue = BENCHMARK_CATALOGUE as Catalogue<BenchmarkData, never, Benchmark>;

export function resultFromRow(row: typeof benchmarkResults.$inferSelect): BenchmarkResult {
  return {
    id: row.id,
    edition: row.edition,
    publishedOn: row.publishedOn,
    score: row.score,
    rank: row.rank,
    rankOf: row.rankOf,
    note: row.note,
  };
}

/** Every result of the given benchmarks (all when none given), oldest edition first within each. */
export async function resultsByBenchmark(db: Db): Promise<Map<string, BenchmarkResult[]>> {
  const rows = await db.select().from(benchmarkResults);
  const byBenchmark = new Map<string, BenchmarkResult[]>();
  for (const row of rows)
    byBenchmark.set(row.benchmarkId, [...(byBenchmark.get(row.benchmarkId) ?? []), resultFromRow(row)]);
  for (const [id, results] of byBenchmark) byBenchmark.set(id, resultsInOrder(results));
  return byBenchmark;
}

const BENCHMARK_ID = sql.raw('"benchmarks"."id"');

/** The catalogue by short name, with each benchmark's latest result and its active answering initiatives. */
export async function listBenchmarks(db: Db): Promise<BenchmarkSummary[]> {
  if (!cooperationFrozen()) return [];
  const rows = await db
    .select({
      benchmark: benchmarks,
      answering: sql<number>`(select count(*)::int from initiative_benchmarks ib
        join initiatives i on i.id = ib.initiative_id
        where ib.benchmark_id = ${BENCHMARK_ID} and i.archived_at is null)`,
    })
    .from(benchmarks)
    .orderBy(asc(benchmarks.shortName));
  const results = await resultsByBenchmark(db);
  return rows.map(({ benchmark, answering }) => ({
    ...benchmarkFromRow(benchmark),
    latest: results.get(benchmark.id)?.at(-1) ?? null,
    answering,
  }));
}

/** One benchmark with Finland's results, oldest first, and the initiatives that report to it. */
export async function getBenchmark(db: Db, id: string): Promise<BenchmarkDetails> {
  if (!cooperationFrozen()) throw notFound('benchmark');
  const [row] = await db.select().from(benchmarks).where(eq(benchmarks.id, id));
  if (!row) throw notFound('benchmark');
  const results = await db.select().from(benchmarkResults).where(eq(benchmarkResults.benchmarkId, id));
  const linked = await db
    .select({
      linkId: initiativeBenchmarks.id,
      id: initiatives.id,
      titleFi: initiatives.titleFi,
      titleSv: initiatives.titleSv,
      titleEn: initiatives.titleEn,
      leadMinistry: initiatives.leadMinistry,
      status: initiatives.status,
      archivedAt: initiatives.archivedAt,
      note: initiativeBenchmarks.note,
    })
    .from(initiativeBenchmarks)
    .innerJoin(initiatives, eq(initiatives.id, initiativeBenchmarks.initiativeId))
    .where(eq(initiativeBenchmarks.benchmarkId, id))
    .orderBy(asc(initiatives.titleFi));
  return {
    ...benchmarkFromRow(row),
    results: resultsInOrder(results.map(resultFromRow)),
    initiatives: linked.map((l) => ({
      linkId: l.linkId,
      id: l.id,
      title: { fi: l.titleFi, sv: l.titleSv, en: l.titleEn },
      leadMinistry: l.leadMinistry as MinistryCode,
      status: l.status,
      note: l.note,
      archived: l.archivedAt !== null,
    })),
  };
}

export const insertBenchmark = (
  tx: Db,
  data: BenchmarkData,
  actor: Actor,
  action: 'create' | 'import' = 'create',
) => insertCatalogueRecord(tx, catalogue, data, actor, action);

/** Coordinators: adds a benchmark. */
export const createBenchmark = (db: Db, actor: Actor, input: unknown): Promise<Benchmark> =>
  createCatalogueRecord(db, catalogue, benchmarkInputSchema.parse(input), actor);

/** Coordinators: changes a benchmark if `version` is current (else CONFLICT). */
export const updateBenchmark = (
  db: Db,
  actor: Actor,
  input: { id: string; version: number; data: unknown },
): Promise<Benchmark> =>
  updateCatalogueRecord(
    db,
    catalogue,
    { id: input.id, version: input.version, data: benchmarkInputSchema.parse(input.data) },
    actor,
  );

const RESULT_FIELDS = ['publishedOn', 'score', 'rank', 'rankOf', 'note'] as const;

/**
 * Writes Finland's results for editions of a benchmark, each replacing the edition's earlier
 * result (an edition is entered once and corrected after): one transaction, with one history
 * event per changed edition on the benchmark. Returns how many editions were added and changed.
 */
export async function writeResults(
  tx: Db,
  benchmarkId: string,
  results: BenchmarkResultData[],
  actor: Actor,
): Promise<{ added: number; changed: number }> {
  const [benchmark] = await tx
    .select({ id: benchmarks.id, version: benchmarks.version })
    .from(benchmarks)
    .where(eq(benchmarks.id, benchmarkId))
    .for('update');
  if (!benchmark) throw notFound('benchmark');
  const existing = new Map(
    (await tx.select().from(benchmarkResults).where(eq(benchmarkResults.benchmarkId, benchmarkId))).map(
      (r) => [r.edition, resultFromRow(r)],
    ),
  );
  let added = 0;
  let changed = 0;
  for (const result of results) {
    const before = existing.get(result.edition);
    const changes = diffFields(
      (before ?? {
        publishedOn: null,
        score: null,
        rank: null,
        rankOf: null,
        note: null,
      }) as BenchmarkResultData,
      result,
      RESULT_FIELDS,
    ).map((change) => ({ ...change, field: `results.${result.edition}.${change.field}` }));
    if (before && changes.length === 0) continue;
    if (before) {
      await tx
        .update(benchmarkResults)
        .set({ ...result })
        .where(eq(benchmarkResults.id, before.id));
      changed++;
    } else {
      await tx.insert(benchmarkResults).values({ ...result, benchmarkId });
      added++;
    }
    existing.set(result.edition, { ...result, id: before?.id ?? '' });
    await recordAuditEvent(
      tx,
      {
        entityType: 'benchmark',
        entityId: benchmarkId,
        action: 'result',
        version: benchmark.version,
        changes,
      },
      actor,
    );
  }
  return { added, changed };
}

/** Coordinators: sets Finland's result for one edition (adds it or corrects it). */
export async function setResult(
  db: Db,
  actor: Actor,
  input: { benchmarkId: string; result: unknown },
): Promise<BenchmarkResult> {
  const result = benchmarkResultInputSchema.parse(input.result);
  return writeTransaction(db, async (tx) => {
    await writeResults(tx, input.benchmarkId, [result], actor);
    const [row] = await tx
      .select()
      .from(benchmarkResults)
      .where(
        and(
          eq(benchmarkResults.benchmarkId, input.benchmarkId),
          eq(benchmarkResults.edition, result.edition),
        ),
      );
    if (!row) throw notFound('benchmarkResult');
    return resultFromRow(row);
  });
}

/** Coordinators: removes one edition's result, with its history event. */
export async function removeResult(db: Db, actor: Actor, input: { benchmarkId: string; resultId: string }) {
  return writeTransaction(db, async (tx) => {
    const [row] = await tx
      .delete(benchmarkResults)
      .where(
        and(eq(benchmarkResults.id, input.resultId), eq(benchmarkResults.benchmarkId, input.benchmarkId)),
      )
      .returning();
    if (!row) throw notFound('benchmarkResult');
    const [benchmark] = await tx
      .select({ version: benchmarks.version })
      .from(benchmarks)
      .where(eq(benchmarks.id, input.benchmarkId));
    const removed = resultFromRow(row);
    await recordAuditEvent(
      tx,
      {
        entityType: 'benchmark',
        entityId: input.benchmarkId,
        action: 'result',
        version: benchmark?.version ?? 1,
        changes: RESULT_FIELDS.filter((f) => removed[f] !== null).map((field) => ({
          field: `results.${removed.edition}.${field}`,
          before: removed[field],
          after: null,
        })),
      },
      actor,
    );
    return { removed: removed.edition };
  });
}

/** A benchmark's history (its fields and its results), newest first. Any signed-in user. */
export async function benchmarkHistory(db: Db, id: string): Promise<AuditEvent[]> {
  const [exists] = await db.select({ id: benchmarks.id }).from(benchmarks).where(eq(benchmarks.id, id));
  if (!exists) throw notFound('benchmark');
  // Results are written under the benchmark's version (they do not change its fields), so
  // several events share one: newest first is by time, then by version.
  const events = await auditHistory(db, 'benchmark', id);
  return events.sort((a, b) => b.at.getTime() - a.at.getTime() || b.version - a.version);
}

/** Coordinators: removes a benchmark (and its results) no initiative reports to. */
export function deleteBenchmark(db: Db, actor: Actor, input: { id: string; version: number }) {
  return deleteCatalogueRecord(
    db,
    catalogue,
    input,
    actor,
    (tx, id) => tx.$count(initiativeBenchmarks, eq(initiativeBenchmarks.benchmarkId, id)),
    (count) => sm('benchmarkInUse', { count }),
  );
}
