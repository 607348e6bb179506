import { asc, eq } from 'drizzle-orm';
import { benchmarks, cooperationBodies, euActs, initiatives } from '../../drizzle/schema/index.ts';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportBenchmark,
  type ExportBody,
  type ExportDocument,
  type ExportLinks,
  toExportInitiative,
} from '../../shared/export-format.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import type { Db } from '../db/database.ts';
import { benchmarkFromRow, resultsByBenchmark } from './benchmark.ts';
import { bodyFromRow } from './cooperation-body.ts';
import { linksOfInitiatives } from './cooperation-links.ts';
import { listEuActs } from './eu-act.ts';
import { loadInitiatives } from './initiative.ts';
import { filterConditions } from './initiative-list.ts';
import { readDay } from './read-day.ts';
import { cooperationFrozen } from './snapshot-content.ts';

const CHUNK = 500;

/**
 * The whole portfolio in the digisalkku exchange format: every initiative (archived ones
 * flagged), with milestones, EU impacts by act short name, links to bodies and benchmarks by
 * short name, and board state; and the whole EU act, body and benchmark catalogues. Any signed-in user may call it (the route checks the session).
 */
export function exportPortfolio(
  db: Db,
  now: Date = new Date(),
  filter: InitiativeFilter | null = null,
): Promise<ExportDocument> {
  // One snapshot: an edit saved while the export runs is either wholly in the file or not at all.
  return db.transaction((tx) => readPortfolio(tx, now, filter), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

/**
 * The portfolio as read in `db` (a transaction, or a snapshot's: see atSnapshot), or only the
 * initiatives a filter selects (an export of a filtered view), with the whole catalogue.
 */
export async function readPortfolio(
  db: Db,
  now: Date,
  filter: InitiativeFilter | null = null,
): Promise<ExportDocument> {
  const rows = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(filter ? filterConditions(filter, readDay()) : undefined)
    .orderBy(asc(initiatives.titleFi), asc(initiatives.id));
  const exported: ExportDocument['initiatives'] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const loaded = await loadInitiatives(
      db,
      rows.slice(i, i + CHUNK).map((r) => r.id),
    );
    const links = await exportLinks(
      db,
      loaded.map((initiative) => initiative.id),
    );
    for (const initiative of loaded) {
      exported.push(
        toExportInitiative(initiative, links ? (links.get(initiative.id) ?? NO_LINKS) : undefined),
      );
    }
  }
  const acts = (await listEuActs(db)).map(({ id: _id, version: _version, ...act }) => act);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    euActs: acts,
    bodies: await exportBodies(db),
    benchmarks: await exportBenchmarks(db),
    initiatives: exported,
  };
}

const NO_LINKS: ExportLinks = { bodies: [], benchmarks: [] };

/**
 * The initiatives' links by short name (an initiative without links has no entry). Null when the data predates cooperation (an old snapshot): the file then
 * leaves the links out, and importing it leaves an initiative's links as they are.
 */
async function exportLinks(db: Db, ids: string[]): Promise<Map<string, ExportLinks> | null> {
  if (!cooperationFrozen()) return null;
  const byInitiative = new Map<string, ExportLinks>();
  for (const [id, links] of await linksOfInitiatives(db, ids))
    byInitiative.set(id, {
      bodies: links.bodies.map((link) => ({
        body: link.body.shortName,
        relation: link.relation,
        note: link.note,
      })),
      benchmarks: links.benchmarks.map((link) => ({ benchmark: link.benchmark.shortName, note: link.note })),
    });
  return byInitiative;
}

/** The body catalogue by short name, each body's EU act by its short name. */
async function exportBodies(db: Db): Promise<ExportBody[]> {
  if (!cooperationFrozen()) return [];
  const rows = await db
    .select({ body: cooperationBodies, euAct: euActs.shortName })
    .from(cooperationBodies)
    .leftJoin(euActs, eq(euActs.id, cooperationBodies.euActId))
    .orderBy(asc(cooperationBodies.shortName));
  return rows.map(({ body, euAct }) => {
    const { id: _id, version: _version, euActId: _euActId, ...fields } = bodyFromRow(body);
    return { ...fields, euAct: euAct ?? null };
  });
}

/** The benchmark catalogue by short name, each with Finland's results, oldest edition first. */
async function exportBenchmarks(db: Db): Promise<ExportBenchmark[]> {
  if (!cooperationFrozen()) return [];
  const rows = await db.select().from(benchmarks).orderBy(asc(benchmarks.shortName));
  const results = await resultsByBenchmark(db);
  return rows.map((row) => {
    const { id: _id, version: _version, ...fields } = benchmarkFromRow(row);
    return {
      ...fields,
      results: (results.get(row.id) ?? []).map(({ id: _resultId, ...result }) => result),
    };
  });
}
