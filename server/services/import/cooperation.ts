/**
 * Cooperation data of a digisalkku file (version 2): bodies and benchmarks matched by short
 * name, created or updated through their services (so each write has its history), Finland's
 * results through writeResults, and each imported initiative's links replaced with the file's.
 * Decided in the first phase with the rest of the import; written in its one transaction.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  auditEvents,
  benchmarkResults,
  benchmarks,
  cooperationBodies,
  initiativeBenchmarks,
  initiativeBodies,
} from '../../../drizzle/schema/index.ts';
import {
  BENCHMARK_FIELDS,
  type BenchmarkData,
  type BenchmarkResultData,
  benchmarkInputSchema,
} from '../../../shared/benchmark.ts';
import { BODY_FIELDS, type BodyData, bodyInputSchema } from '../../../shared/cooperation-body.ts';
import type {
  ExportBenchmark,
  ExportBody,
  ExportLinks,
  ImportCatalogueReport,
} from '../../../shared/export-format.ts';
import { fieldPathLabel, type PathSubject } from '../../../shared/field-paths.ts';
import { diffFields, type FieldChange, sameValue } from '../../../shared/initiative-changes.ts';
import { im } from '../../../shared/messages/import-report-messages.ts';
import { sm } from '../../../shared/server-messages.ts';
import { validationLanguage } from '../../../shared/validation-messages.ts';
import type { Db } from '../../db/database.ts';
import { type Actor, type NewAuditEvent, recordAuditEvents } from '../audit.ts';
import {
  benchmarkFromRow,
  insertBenchmark,
  resultFromRow,
  updateBenchmark,
  writeResults,
} from '../benchmark.ts';
import { bodyFromRow, insertBody, updateBody } from '../cooperation-body.ts';
import { linksOfInitiatives } from '../cooperation-links.ts';
import { type ImportPlan, issueReasons, type PlannedCatalogueEntry } from './plan.ts';

type Existing = { id: string; version: number };

/** What the file's catalogues write: each entry new, or over the record of its short name. */
export interface CatalogueWrites {
  bodies: { existing: Existing | null; data: BodyData }[];
  benchmarks: { existing: Existing | null; data: BenchmarkData; results: BenchmarkResultData[] }[];
}

export interface PlannedCatalogues {
  bodies?: ImportCatalogueReport[];
  benchmarks?: ImportCatalogueReport[];
  /** Short names a link may name: the database's and the file's accepted ones. */
  bodyNames: Set<string>;
  benchmarkNames: Set<string>;
  writes: CatalogueWrites;
}

/** An imported initiative's links, replaced kind by kind (a kind the file leaves out stays). */
export interface LinkWrite {
  initiativeId: string;
  links: Partial<ExportLinks>;
  changes: FieldChange<string>[];
}

const label = (path: readonly (string | number)[], subject: PathSubject) =>
  fieldPathLabel(path, validationLanguage(), { subject });

interface Built<D> {
  data?: D;
  reasons: string[];
}

/**
 * One catalogue of the file: each entry checked, matched by short name and compared with the
 * database; a short name twice in the file rejects the later entry. Calls `write` for each
 * entry that creates or changes a record, and answers the report and the accepted names.
 */
function planEntries<T extends { shortName: string }, D>(
  entries: PlannedCatalogueEntry<T>[],
  list: 'bodies' | 'benchmarks',
  existingByName: Map<string, Existing & { data: D }>,
  build: (entry: T) => Built<D>,
  changedFields: (before: D, after: D) => string[],
  write: (existing: Existing | null, data: D) => void,
): { reports: ImportCatalogueReport[]; names: string[] } {
  const seen = new Map<string, number>();
  const names: string[] = [];
  const reports = entries.map((entry): ImportCatalogueReport => {
    const base = { index: entry.index, key: entry.key };
    if (!entry.data) return { ...base, outcome: 'rejected', reasons: entry.reasons };
    const { shortName } = entry.data;
    const earlier = seen.get(shortName);
    if (earlier !== undefined) {
      const field = label([list, entry.index, 'shortName'], 'exportFile');
      return {
        ...base,
        outcome: 'rejected',
        reasons: [sm('importCatalogueNameTwice', { field, name: shortName, other: earlier + 1 })],
      };
    }
    seen.set(shortName, entry.index);
    const built = build(entry.data);
    if (!built.data || built.reasons.length > 0)
      return { ...base, outcome: 'rejected', reasons: built.reasons };
    names.push(shortName);
    const existing = existingByName.get(shortName) ?? null;
    if (!existing) {
      write(null, built.data);
      return { ...base, outcome: 'created' };
    }
    const changed = changedFields(existing.data, built.data);
    if (changed.length === 0) return { ...base, outcome: 'unchanged' };
    write(existing, built.data);
    return { ...base, outcome: 'updated', changedFields: changed };
  });
  return { reports, names };
}

/** A body of the file as body data: its EU act resolved by short name (the database's or the file's). */
function buildBody(entry: ExportBody, actIds: Map<string, string>): Built<BodyData> {
  const { euAct, ...fields } = entry;
  const euActId = euAct ? actIds.get(euAct) : null;
  if (euActId === undefined)
    return { reasons: [im('actNotInCatalogue', { field: label(['euAct'], 'body'), name: euAct ?? '' })] };
  const parsed = bodyInputSchema.safeParse({ ...fields, euActId });
  return parsed.success
    ? { data: parsed.data, reasons: [] }
    : { reasons: issueReasons(parsed.error.issues, { subject: 'body' }) };
}

type BenchmarkWithResults = BenchmarkData & { results: Map<string, BenchmarkResultData> };

/** A benchmark of the file with its results by edition; an edition twice is refused. */
function buildBenchmark(entry: ExportBenchmark): Built<BenchmarkWithResults> {
  const { results, ...fields } = entry;
  const parsed = benchmarkInputSchema.safeParse(fields);
  if (!parsed.success) return { reasons: issueReasons(parsed.error.issues, { subject: 'benchmark' }) };
  const byEdition = new Map<string, BenchmarkResultData>();
  const positions = new Map<string, number>();
  const reasons: string[] = [];
  results.forEach((result, index) => {
    const earlier = positions.get(result.edition);
    if (earlier !== undefined)
      reasons.push(
        sm('importEditionTwice', {
          field: label(['results', index, 'edition'], 'benchmark'),
          edition: result.edition,
          other: earlier + 1,
        }),
      );
    positions.set(result.edition, index);
    byEdition.set(result.edition, result);
  });
  return { data: { ...parsed.data, results: byEdition }, reasons };
}

/** The file's bodies and benchmarks against the database; EU acts by short name from `actIds`. */
export async function planCatalogues(
  db: Db,
  plan: ImportPlan,
  actIds: Map<string, string>,
): Promise<PlannedCatalogues> {
  const bodyRows = (await db.select().from(cooperationBodies)).map(bodyFromRow);
  const benchmarkRows = (await db.select().from(benchmarks)).map(benchmarkFromRow);
  const planned: PlannedCatalogues = {
    bodyNames: new Set(bodyRows.map((b) => b.shortName)),
    benchmarkNames: new Set(benchmarkRows.map((b) => b.shortName)),
    writes: { bodies: [], benchmarks: [] },
  };
  if (plan.bodies) {
    const existing = new Map(
      bodyRows.map(({ id, version, ...data }) => [data.shortName, { id, version, data }] as const),
    );
    const { reports, names } = planEntries<ExportBody, BodyData>(
      plan.bodies,
      'bodies',
      existing,
      (entry) => buildBody(entry, actIds),
      (before, after) => diffFields(before, after, BODY_FIELDS).map((c) => c.field),
      (found, data) => planned.writes.bodies.push({ existing: found, data }),
    );
    planned.bodies = reports;
    for (const name of names) planned.bodyNames.add(name);
  }
  if (plan.benchmarks) {
    const results = new Map<string, Map<string, BenchmarkResultData>>();
    for (const row of await db.select().from(benchmarkResults)) {
      const { id: _id, ...result } = resultFromRow(row);
      results.set(row.benchmarkId, (results.get(row.benchmarkId) ?? new Map()).set(row.edition, result));
    }
    const existing = new Map(
      benchmarkRows.map(({ id, version, ...data }) => [
        data.shortName,
        { id, version, data: { ...data, results: results.get(id) ?? new Map() } },
      ]),
    );
    const { reports, names } = planEntries<ExportBenchmark, BenchmarkWithResults>(
      plan.benchmarks,
      'benchmarks',
      existing,
      buildBenchmark,
      (before, after) => [
        ...diffFields(before, after, BENCHMARK_FIELDS).map((c) => c.field as string),
        // Editions the file leaves out stay: a file adds and corrects results, it removes none.
        ...[...after.results.values()]
          .filter((result) => !sameValue(before.results.get(result.edition), result))
          .map((result) => `results.${result.edition}`),
      ],
      (found, { results: byEdition, ...data }) =>
        planned.writes.benchmarks.push({ existing: found, data, results: [...byEdition.values()] }),
    );
    planned.benchmarks = reports;
    for (const name of names) planned.benchmarkNames.add(name);
  }
  return planned;
}

/** A record's links that name a body or benchmark neither the database nor the file has, or repeat. */
export function linkReasons(links: Partial<ExportLinks>, planned: PlannedCatalogues): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  links.bodies?.forEach((link, index) => {
    const field = label(['bodies', index, 'body'], 'initiative');
    if (!planned.bodyNames.has(link.body)) reasons.push(sm('importUnknownBody', { field, name: link.body }));
    const key = JSON.stringify(['body', link.body, link.relation]);
    if (seen.has(key)) reasons.push(sm('importLinkTwice', { field: label(['bodies', index], 'initiative') }));
    seen.add(key);
  });
  links.benchmarks?.forEach((link, index) => {
    const field = label(['benchmarks', index, 'benchmark'], 'initiative');
    if (!planned.benchmarkNames.has(link.benchmark))
      reasons.push(sm('importUnknownBenchmark', { field, name: link.benchmark }));
    const key = JSON.stringify(['benchmark', link.benchmark]);
    if (seen.has(key))
      reasons.push(sm('importLinkTwice', { field: label(['benchmarks', index], 'initiative') }));
    seen.add(key);
  });
  return reasons;
}

/** The links the given initiatives have now, by short name, for comparing with a file's. */
export async function currentLinks(db: Db, ids: string[]): Promise<Map<string, ExportLinks>> {
  const current = new Map<string, ExportLinks>();
  for (let i = 0; i < ids.length; i += 1000)
    for (const [id, links] of await linksOfInitiatives(db, ids.slice(i, i + 1000)))
      current.set(id, {
        bodies: links.bodies.map((l) => ({ body: l.body.shortName, relation: l.relation, note: l.note })),
        benchmarks: links.benchmarks.map((l) => ({ benchmark: l.benchmark.shortName, note: l.note })),
      });
  return current;
}

const inOrder = <T>(links: readonly T[]) =>
  [...links].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** What replacing `before` with the file's links changes, kind by kind. */
export function linkChanges(
  before: ExportLinks | undefined,
  after: Partial<ExportLinks>,
): FieldChange<string>[] {
  return (['bodies', 'benchmarks'] as const).flatMap((kind) => {
    const next = after[kind];
    if (!next) return [];
    const previous = inOrder<unknown>(before?.[kind] ?? []);
    const wanted = inOrder<unknown>(next);
    return sameValue(previous, wanted) ? [] : [{ field: kind, before: previous, after: wanted }];
  });
}

/** Writes the file's bodies and benchmarks, each through its service with its history. */
export async function writeCatalogues(tx: Db, writes: CatalogueWrites, actor: Actor): Promise<void> {
  for (const { existing, data } of writes.bodies) {
    if (existing) await updateBody(tx, actor, { id: existing.id, version: existing.version, data });
    else await insertBody(tx, data, actor, 'import');
  }
  for (const { existing, data, results } of writes.benchmarks) {
    const id = existing
      ? (await updateBenchmark(tx, actor, { id: existing.id, version: existing.version, data })).id
      : (await insertBenchmark(tx, data, actor, 'import')).id;
    if (results.length > 0) await writeResults(tx, id, results, actor);
  }
}

/** Replaces the imported initiatives' links with the file's, one history event per initiative. */
export async function writeLinks(tx: Db, writes: LinkWrite[], actor: Actor): Promise<void> {
  if (writes.length === 0) return;
  const bodyIds = new Map(
    (
      await tx.select({ id: cooperationBodies.id, name: cooperationBodies.shortName }).from(cooperationBodies)
    ).map((b) => [b.name, b.id]),
  );
  const benchmarkIds = new Map(
    (await tx.select({ id: benchmarks.id, name: benchmarks.shortName }).from(benchmarks)).map((b) => [
      b.name,
      b.id,
    ]),
  );
  const ids = writes.map((w) => w.initiativeId);
  const lastVersions = new Map(
    (
      await tx
        .select({ id: auditEvents.entityId, last: sql<number>`max(${auditEvents.version})::int` })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, 'cooperation_link'), inArray(auditEvents.entityId, ids)))
        .groupBy(auditEvents.entityId)
    ).map((row) => [row.id, row.last]),
  );
  const events: NewAuditEvent[] = [];
  for (const { initiativeId, links, changes } of writes) {
    if (links.bodies) {
      await tx.delete(initiativeBodies).where(eq(initiativeBodies.initiativeId, initiativeId));
      if (links.bodies.length > 0)
        await tx.insert(initiativeBodies).values(
          links.bodies.map((link) => ({
            initiativeId,
            bodyId: bodyIds.get(link.body) as string,
            relation: link.relation,
            note: link.note,
          })),
        );
    }
    if (links.benchmarks) {
      await tx.delete(initiativeBenchmarks).where(eq(initiativeBenchmarks.initiativeId, initiativeId));
      if (links.benchmarks.length > 0)
        await tx.insert(initiativeBenchmarks).values(
          links.benchmarks.map((link) => ({
            initiativeId,
            benchmarkId: benchmarkIds.get(link.benchmark) as string,
            note: link.note,
          })),
        );
    }
    events.push({
      entityType: 'cooperation_link',
      entityId: initiativeId,
      action: 'import',
      version: (lastVersions.get(initiativeId) ?? 0) + 1,
      changes,
    });
  }
  await recordAuditEvents(tx, events, actor);
}
